import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createResolutionService } from '../../server/src/service';

const TEXT = 'The Security Council,\n\n*Recalling* its resolution 2331 (2016),\n\n1. *Decides* to remain seized of the matter.\n';

describe('service cache', () => {
  it('forgetStale keeps the analysis of the current version and drops an older one', () => {
    const service = createResolutionService();
    const document = TextDocument.create('file:///cache.unres', 'unres', 1, TEXT);
    const first = service.analysis(document);
    // didOpen is followed by a content-change event for the same version: its analysis must survive it.
    service.forgetStale(document);
    assert.equal(service.analysis(document), first);

    TextDocument.update(document, [{ text: TEXT.replace('Decides', 'Requests') }], 2);
    service.forgetStale(document);
    const second = service.analysis(document);
    assert.notEqual(second, first);
    assert.equal(second.model.operative[0]?.lead?.text, 'Requests');
  });
});
