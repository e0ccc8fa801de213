// The libraries that read a manager's files (an .xlsx, a mail), bundled apart
// from the journal's worker (scripts/build.mjs: file-libraries.cjs beside it)
// and loaded when the first such file comes: they are most of the worker's
// code, and every worker thread would otherwise read and compile them at start.
import msgReader from '@kenjiuno/msgreader';
export { default as ExcelJS } from 'exceljs';
export { convert as htmlToText } from 'html-to-text';
export { default as PostalMime } from 'postal-mime';

// msgreader is CommonJS with its class as `exports.default`: imported the way
// Node imports it (this package is "type": "module", and so is the bundle's
// reading of it), the default is the whole exports object, not the class.
type MsgReaderClass = typeof msgReader;
const exported = msgReader as MsgReaderClass | { default: MsgReaderClass };
export const MsgReader: MsgReaderClass = 'default' in exported ? exported.default : exported;
