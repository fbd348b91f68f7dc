import { runChild } from './child';
import { PlainAdapter } from './impl-plain';

void runChild((config) => new PlainAdapter(config));
