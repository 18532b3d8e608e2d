import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KOAD_COLUMNS } from './koad-record.ts';
import { type KoadCsvResult, parseKoadCsv } from './parse-koad-csv.ts';

const HEADER = KOAD_COLUMNS.join(',');
const csv = (...lines: string[]) => [`${lines.join('\n')}\n`];

function records(result: KoadCsvResult) {
  assert.ok(result.ok, `expected a valid file, got ${JSON.stringify(!result.ok && result.problems)}`);
  return result.records;
}
function problems(result: KoadCsvResult) {
  assert.ok(!result.ok, 'expected problems');
  return result.problems;
}

describe('parseKoadCsv', () => {
  it('normalises the real file quirks: nan, "1234 AB", ranges, letters in number, etage and huisaand', async () => {
    const result = await parseKoadCsv(
      csv(
        HEADER,
        '100001,Voorbeeldlaan,3131AB,nan,12,NaN,3131AB12,1,1',
        '100002,Voorbeeldlaan,3131 ab,,14,b,3131AB14,1,1',
        '100003,Industrieweg,2901XY,101,7,,Voorbeeld Transport BV,1,0',
        '100004,Havenkade,3112ZZ,,20-22,,Voorbeeld Opslag,0,0',
        '100005,Kerkstraat,nan,,nan,,,1,1',
        '100006,Kerkstraat,3112AA,,12A,,3112AA12,1,1',
        '100007,Kerkstraat,3112AA,,12.0,,3112AA12,1,1',
        '100008,"Plein, Oost",3112AA,,5,,"Bakkerij ""De Molen"", Schiedam",1,0',
      ),
    );
    const [plain, spaced, unit, range, nan, letter, float, quoted] = records(result);
    assert.deepEqual(
      { ...plain },
      {
        koadNumber: '100001',
        street: 'Voorbeeldlaan',
        postcodeRaw: '3131AB',
        huisaand: null,
        huisnrRaw: '12',
        etage: null,
        name: '3131AB12',
        active: true,
        resident: true,
        postcode: '3131AB',
        houseNumber: 12,
        houseNumberTo: null,
        additions: [],
      },
    );
    assert.deepEqual([spaced?.postcodeRaw, spaced?.postcode, spaced?.additions], ['3131 ab', '3131AB', ['B']]);
    assert.deepEqual([unit?.additions, unit?.resident], [['101'], false]);
    assert.deepEqual([range?.houseNumber, range?.houseNumberTo, range?.active], [20, 22, false]);
    assert.deepEqual([nan?.postcodeRaw, nan?.postcode, nan?.houseNumber, nan?.name], [null, null, null, null]);
    assert.deepEqual([letter?.houseNumber, letter?.additions], [12, ['A']]);
    assert.deepEqual([float?.houseNumber, float?.additions], [12, []]);
    assert.deepEqual([quoted?.street, quoted?.name], ['Plein, Oost', 'Bakkerij "De Molen", Schiedam']);
  });

  it('accepts a UTF-8 byte order mark and CRLF line ends', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const body = Buffer.from(`${HEADER}\r\n1,Ĳsselstraat,2901AB,,1,,2901AB1,1,1\r\n`);
    const [row] = records(await parseKoadCsv([Buffer.concat([bom, body])]));
    assert.equal(row?.street, 'Ĳsselstraat');
  });

  it('names the missing, unexpected and misspelled header columns', async () => {
    const [misspelled] = problems(
      await parseKoadCsv(csv(HEADER.replace('KOAD-etage', 'KOAD-etag'), '1,a,b,c,d,e,f,1,1')),
    );
    assert.equal(misspelled?.line, 1);
    assert.match(misspelled?.message ?? '', /Missing: KOAD-etage\. Not expected: "KOAD-etag"/);
    const [missing] = problems(await parseKoadCsv(csv(KOAD_COLUMNS.slice(0, 8).join(','))));
    assert.match(missing?.message ?? '', /Missing: KOAD-inwoner\./);
    const [extra] = problems(await parseKoadCsv(csv(`${HEADER},Opmerking`)));
    assert.match(extra?.message ?? '', /Not expected: "Opmerking"/);
    const swapped = [...KOAD_COLUMNS.slice(0, 7), 'KOAD-inwoner', 'KOAD-actief'];
    const [order] = problems(await parseKoadCsv(csv(swapped.join(','))));
    assert.match(order?.message ?? '', /another order/);
    const [semicolon] = problems(await parseKoadCsv(csv(KOAD_COLUMNS.join(';'))));
    assert.match(semicolon?.message ?? '', /";"/);
  });

  it('rejects an empty file', async () => {
    const [problem] = problems(await parseKoadCsv(['']));
    assert.match(problem?.message ?? '', /empty/);
  });

  it('rejects flags other than 0 and 1, including "1.0", with line and column', async () => {
    const found = problems(
      await parseKoadCsv(csv(HEADER, '1,a,3131AB,,1,,n,1,1', '2,a,3131AB,,2,,n,1.0,1', '3,a,3131AB,,3,,n,1,ja')),
    );
    assert.deepEqual(found, [
      { line: 3, column: 'KOAD-actief', message: 'KOAD-actief must be 0 or 1, found "1.0".' },
      { line: 4, column: 'KOAD-inwoner', message: 'KOAD-inwoner must be 0 or 1, found "ja".' },
    ]);
  });

  it('rejects a duplicate or empty KOAD-nummer, naming the first line', async () => {
    const found = problems(
      await parseKoadCsv(
        csv(HEADER, '7,a,3131AB,,1,,n,1,1', '8,a,3131AB,,2,,n,1,1', '7,a,3131AB,,3,,n,1,1', 'nan,a,3131AB,,4,,n,1,1'),
      ),
    );
    assert.deepEqual(
      found.map((p) => [p.line, p.message]),
      [
        [4, 'KOAD-nummer 7 is also used on line 2.'],
        [5, 'KOAD-nummer is empty; every row needs its own number.'],
      ],
    );
  });

  it('reports lines with too many or too few fields by line number', async () => {
    const found = problems(
      await parseKoadCsv(csv(HEADER, '1,a,3131AB,,1,,Bakkerij, De Molen,1,1', '2,a,3131AB,,2,1,1')),
    );
    assert.equal(found.length, 2);
    assert.deepEqual([found[0]?.line, found[1]?.line], [2, 3]);
    assert.match(found[0]?.message ?? '', /Expected 9 fields, found 10\. .*double quotes/);
    assert.match(found[1]?.message ?? '', /Expected 9 fields, found 7\.$/);
  });

  it('reports a quote that is never closed', async () => {
    const [problem] = problems(await parseKoadCsv(csv(HEADER, '1,a,3131AB,,1,,n,1,1', '2,"a,3131AB,,2,,n,1,1')));
    assert.match(problem?.message ?? '', /never closed/);
  });

  it('reports a file that is not UTF-8 (Latin-1 export) with the line of the first bad character', async () => {
    const latin1 = Buffer.from(`${HEADER}\n1,a,3131AB,,1,,n,1,1\n2,Caf\xe9straat,3131AB,,2,,n,1,1\n`, 'latin1');
    const [problem] = problems(await parseKoadCsv([latin1]));
    assert.equal(problem?.line, 3);
    assert.match(problem?.message ?? '', /not UTF-8/);
  });

  it('stops at the first N problems and says there were more', async () => {
    const bad = Array.from({ length: 30 }, (_, i) => `${i},a,3131AB,,1,,n,2,1`);
    const result = await parseKoadCsv(csv(HEADER, ...bad), { maxProblems: 5 });
    assert.ok(!result.ok);
    assert.equal(result.problems.length, 5);
    assert.equal(result.truncated, true);
  });
});
