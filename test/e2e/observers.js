// Records what the drop-in script's own IntersectionObservers observe, told from the widgets'
// observers by the file that calls the constructor (mission-widgets.js, not a file beside it that
// the loader's code may have run): a script of the page, which sees what any other script could.
const made = [];
window.IntersectionObserver = class extends IntersectionObserver {
  constructor(callback, options) {
    super(callback, options);
    this.targets = new Set();
    // The caller: the first frame of the stack outside this file.
    const caller = String(new Error().stack)
      .split('\n')
      .find((frame) => /:\d+:\d+\)?$/.test(frame) && !frame.includes('/observers.js:'));
    if (/\/mission-widgets\.js:\d/.test(String(caller))) made.push(this);
  }
  observe(target) {
    this.targets.add(target);
    super.observe(target);
  }
  unobserve(target) {
    this.targets.delete(target);
    super.unobserve(target);
  }
  disconnect() {
    this.targets.clear();
    super.disconnect();
  }
};
/** The elements the drop-in script's observers observe now, by tag name. */
window.loaderObserves = () => made.flatMap((observer) => [...observer.targets].map((el) => el.localName));
