import { runChild } from './child';
import { OursAdapter } from './impl-ours';

void runChild((config) => new OursAdapter(config));
