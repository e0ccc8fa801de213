// The review pack's model: pure, no I/O (see model.ts).
export * from './model';
export * from './route';
export * from './print';
