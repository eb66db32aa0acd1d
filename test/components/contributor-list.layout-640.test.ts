import { describeWidth } from './contributor-list.layout.js';

describeWidth(640);
