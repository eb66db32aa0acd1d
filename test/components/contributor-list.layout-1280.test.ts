import { describeWidth } from './contributor-list.layout.js';

describeWidth(1280);
