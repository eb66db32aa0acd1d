// Makes this browser look older than the widgets' baseline (as Safari before 17.4): a page's
// script rather than the driver's, so that it works in every engine's driver.
delete AbortSignal.any;
