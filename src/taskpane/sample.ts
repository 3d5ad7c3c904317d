/** Preview mode only (a lazy chunk): the built-in sample document, a 对照检查材料 with a section and a focus area missing. */
import { modelFromLines, type DocModel } from '../core/model';
import { MemoryHost } from '../core/memory-host';
import sampleText from './sample.txt';

export function sampleDocument(): DocModel {
  return modelFromLines(sampleText.split(/\r?\n/).filter((l) => l.trim() !== ''));
}

export function createSampleHost(): MemoryHost {
  return new MemoryHost(sampleDocument());
}
