import { runChild } from './child';
import { EmmettAdapter } from './impl-emmett';

void runChild((config) => new EmmettAdapter(config));
