/** The drop-in script: registers every element, with Lit and the shipped dataset inside. */
import './index.js';
