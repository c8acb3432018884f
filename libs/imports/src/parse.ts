import { CHINESE_DIGIT, halfWidth, moneySaid } from './cell-text';
import type { ColumnField } from './columns';
import { COLUMNS, fieldOfHeader, foldHeader, HEADER_OF, headerUnit } from './columns';
import { isCompoundFile } from './compound-file';
import { FileProblem } from './file-problem';
import type { Sheet, SheetRow, Workbook } from './sheet-grid';
import { XlsBook } from './xls';
import { XlsxBook } from './xlsx';

export { FileProblem };

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 20_000;
/** Physical lines a CSV may have, blank ones included (the row cap plus room for notes). */
export const MAX_CSV_LINES = 50_000;
/** Fields a CSV line may have (Excel pads short rows with empty fields up to the used range). */
export const MAX_CSV_FIELDS = 1024;
/**
 * Characters a cell keeps: above every field's own limit (a description's 4,000), so that a longer
 * cell is still refused by its row's rules, but no more (a 20 MB shared string named by every row
 * of a 20 KB file would otherwise be copied into each row's preview).
 */
export const MAX_CELL_CHARS = 5_000;
/** Characters one file's cells may hold in all, every cell counted however many share its text. */
export const MAX_TEXT_CHARS = 8_000_000;
/** Rows looked at for the header (a title, notes and blank rows may come first). */
const HEADER_SEARCH_ROWS = 30;

/** A row that is not a listing (a note, a signature line, a total): left out and counted. */
export interface SkippedRow {
  sheet: string | null;
  row: number;
  text: string;
}

/** The skipped rows that are a firm's entries left out by their own words, not the office's notes on other rows. */
const ENTRIES_LEFT = new WeakSet<SkippedRow>();

/**
 * A parsed list: each row's cells by field, with its row number in its sheet (header = 1) and the
 * sheet's name (null for a CSV). A workbook with one sheet per kind (供应 / 需求) gives the rows of
 * every such sheet, each with the kind its sheet names unless the row says otherwise.
 */
export interface ParsedSheet {
  /**
   * `sheet` is set for the rows of a kind sheet (供应 / 需求), null for a one-list file; `listValidUntil`, the
   * validity a title or a note says once for the whole list (以上需求有效期至2027年6月30日), as written.
   */
  rows: {
    row: number;
    sheet: string | null;
    cells: Partial<Record<ColumnField, string>>;
    listValidUntil?: string;
    /** The place a note says the list's firms are in (企业均位于…（汇川区）), as written (see placeSaid). */
    listPlace?: string;
    /** The firm as the row named it (夹石页岩砖厂), where its name and code were taken from the workbook's directory sheet. */
    firmFrom?: { written: string; directory: string };
    /** The row's 序号, as a note may name it (序号33…撤回，请勿录入). */
    serial?: string;
    /** The texts of the row's cells no field holds (审核状态 | 已撤销), as a note may name them. */
    unread?: string[];
  }[];
  /** The row the header was found on (1-based; the first sheet's), and headers that named no field (left out). */
  headerRow: number;
  ignoredColumns: string[];
  /** Rows below or inside the table that are notes, not listings. */
  skipped: SkippedRow[];
  /** The office's notes written beside the table, one to a row (read by withNotedLeftOut). */
  notes?: string[];
}

/**
 * The kind a sheet's name gives its rows: 供应、供给、供应清单 → 供应; 需求、采购、求购、需求清单 → 需求;
 * null when the name says neither or both (供需清单).
 */
export function kindOfSheetName(name: string): '供应' | '需求' | null {
  const n = name.normalize('NFKC').replace(/\s+/g, '');
  const supply = /供应|供给|供货|出售|销售|产品供|可供|可配套|可提供|可承接/.test(n);
  const demand = /需求|采购|求购|需要|收购|购买|(^|[^供])需/.test(n);
  if (supply === demand) return null;
  return supply ? '供应' : '需求';
}

const isZip = (b: Buffer) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * Reads an .xlsx or an .xls (Excel 97–2003) workbook (the first sheet that holds a 供需清单) or a CSV/TSV in UTF-8, UTF-16 or GB18030
 * into rows keyed by field. The header is found among the first rows (titles, merged or not, and
 * blank rows above it are skipped); every limit is enforced while reading.
 */
export async function parseSpreadsheet(data: Buffer): Promise<ParsedSheet> {
  return apartBySpecification(withoutRepeats(firmsReferredTo(datesOfTheirProducts(await parseLists(data)))));
}

/**
 * A remark's date said of one product (钛棒需求有效期至2027年6月30日; 干辣椒为2027年新椒收购，2027年10月底前有效) is that
 * product's, not every product of the row it was written beside: each other product of the row goes without it.
 */
function datesOfTheirProducts(parsed: ParsedSheet): ParsedSheet {
  // the products of each row of the file, a row read as several listings included
  const rowOf = (r: ParsedSheet['rows'][number]) => `${(r.sheet ?? '').split('·')[0]}|${r.row}`;
  const titles = new Map<string, string[]>();
  for (const r of parsed.rows)
    if (r.cells.title) titles.set(rowOf(r), [...(titles.get(rowOf(r)) ?? []), r.cells.title]);
  const names = (subject: string, title: string) => [...subject].every((ch) => title.includes(ch));
  const rows = parsed.rows.map((r) => {
    const { remark, validUntil, title } = r.cells;
    if (!remark || !validUntil || !title) return r;
    const clauses = halfWidth(remark).split(/[，,；;。]/);
    const at = clauses.findIndex((c) => validitySaid([c]) === validUntil.replace(/\s+/g, ''));
    if (at < 0) return r;
    // the product named before the date: in its clause (钛棒需求有效期至…), else, for a clause that begins with
    // the date, in the clause before (干辣椒为2027年新椒收购，2027年10月底前有效); a product of the row's only
    const subjectOf = (c: string) => {
      const said = /^(\p{Script=Han}{2,8}?)(需求|收购|采购|供应|供货|销售|为|的|有效期|截至|截止)/u.exec(c.trim())?.[1];
      return said && !/^(需求|收购|采购|供应|供货|销售|以上|本表|本条|所有|全部|产品|信息|报价|价格)/.test(said)
        ? said
        : null;
    };
    const subject =
      subjectOf(clauses[at]) ?? (at > 0 && /^\s*\d/.test(clauses[at]) ? subjectOf(clauses[at - 1]) : null);
    if (!subject || !(titles.get(rowOf(r)) ?? []).some((t) => names(subject, t)) || names(subject, title)) return r;
    const { validUntil: _left, ...cells } = r.cells;
    return { ...r, cells };
  });
  return { ...parsed, rows };
}

/** A firm's cell that points at another row: 同第1条, 同序号3. */
const SAME_AS_ROW = /^同(?:第|序号)\s*(\d{1,6})\s*(?:条|行|号|项)?$/;
/** A code cell that points elsewhere in the workbook: 见供应表, 详见上表, 同供应表. */
const CODE_ELSEWHERE = /^(见|详见|参见|同)(供应|需求|采购|上|前|左|另|第一|企业)?(表|页|工作表|sheet)/i;

/**
 * Firms named by reference: a row whose firm cells say 同第1条 takes the firm of the row with that 序号 on its
 * sheet; a code cell that says 见供应表 is left blank, for the import to take the code the file gives the same name.
 */
function firmsReferredTo(parsed: ParsedSheet): ParsedSheet {
  const rows = parsed.rows.map((r) => {
    const cells = { ...r.cells };
    const pointed = FIRM_FIELDS.filter((f) => SAME_AS_ROW.test(cells[f]?.trim() ?? ''));
    if (pointed.length) {
      const serial = SAME_AS_ROW.exec(cells[pointed[0]]!.trim())![1];
      const to = parsed.rows.find((o) => o !== r && o.sheet === r.sheet && o.serial === serial);
      for (const f of pointed) {
        if (to?.cells[f] !== undefined) cells[f] = to.cells[f];
        else delete cells[f];
      }
      // (同第1条 under the name, the code left blank: that row's firm, code and all)
      if (to && pointed.includes('enterpriseName') && cells.creditCode === undefined)
        cells.creditCode = to.cells.creditCode;
    }
    // (见供应表 is a code left blank: the import takes the code the file gives the same name, and says so)
    if (cells.creditCode !== undefined && CODE_ELSEWHERE.test(cells.creditCode.replace(/\s+/g, '')))
      delete cells.creditCode;
    return pointed.length || cells.creditCode !== r.cells.creditCode ? { ...r, cells } : r;
  });
  return { ...parsed, rows };
}

/**
 * One firm's offers (or demands) of one product in two specifications (甘蓝 | 莲花白，单个1.5-2.5kg and 甘蓝 | 中甘21，
 * 2027年夏秋订单生产; 500ml and 500ml×6瓶/箱) are two listings: the platform knows a listing by its firm, kind and
 * title, and would write the second over the first. Each such row with a specification names it after its product:
 * 甘蓝（莲花白）, 甘蓝（中甘21）.
 */
function apartBySpecification(parsed: ParsedSheet): ParsedSheet {
  const groups = new Map<string, ParsedSheet['rows']>();
  for (const r of parsed.rows) {
    const { creditCode, kind, title } = r.cells;
    if (!creditCode || !title || !kind) continue;
    const key = [creditCode.replace(/\s+/g, '').toUpperCase(), kind.trim(), title.replace(/\s+/g, '')].join('|');
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const renamed = new Map<ParsedSheet['rows'][number], string>();
  for (const rows of groups.values()) {
    const specs = rows.map((r) => r.cells.specification?.trim() ?? '');
    if (rows.length < 2 || new Set(specs).size < 2) continue;
    // the specification's first clause where that tells them apart (莲花白 of 莲花白，单个1.5-2.5kg), else all of it
    const heads = specs.map((spec) =>
      spec
        .split(/[，,；;。]/)[0]
        .trim()
        .slice(0, SPEC_IN_TITLE),
    );
    const said = new Set(heads).size === heads.length ? heads : specs.map((spec) => spec.slice(0, SPEC_IN_TITLE));
    rows.forEach((r, k) => {
      if (said[k]) renamed.set(r, `${r.cells.title}（${said[k]}）`);
    });
  }
  if (!renamed.size) return parsed;
  return {
    ...parsed,
    rows: parsed.rows.map((r) => (renamed.has(r) ? { ...r, cells: { ...r.cells, title: renamed.get(r)! } } : r)),
  };
}
/** Whether two rows say the same listing in the same words, whatever their remarks (11月28日微信, 11月29日微信). */
function sameContent(a: ParsedSheet['rows'][number], b: ParsedSheet['rows'][number]): boolean {
  const { remark: _a, ...x } = a.cells;
  const { remark: _b, ...y } = b.cells;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]) as Set<keyof typeof x>;
  return [...keys].every((k) => (x[k] ?? '').replace(/\s+/g, '') === (y[k] ?? '').replace(/\s+/g, ''));
}

/** A product's name without what its brackets say or its spaces (黑木耳（干）（秋耳） → 黑木耳): how remarks name it. */
function productCore(title: string): string {
  return title.replace(/[(（][^()（）]*[)）]/g, '').replace(/\s+/g, '');
}

/** A line of a cell numbered in it (1.晴隆脐橙 3000吨, 2、脐橙礼盒): the number and its mark, before the product. */
const NUMBERED_LINE = /^\d{1,2}\s*[.、．)）]\s*(?=\p{Script=Han})/u;

/** A remark saying its row corrects one sent before: 以这次为准, 以此条为准, 上次填的数量和价格不对. */
const CORRECTS = /以(这|此|本)(一)?(条|次|个|行|份)?为准|上次(填|报)的.{0,12}(不对|有误|错)/;

/** The most of a specification a title takes to tell two listings of one product apart. */
const SPEC_IN_TITLE = 20;

/**
 * The rows that say a listing again (the same firm's code, kind, product and specification) left out as notes: within
 * a sheet the later row stands (a form submitted twice, the second correcting the first; the commit
 * would write the later over the earlier anyway), across sheets the first (a 汇总 sheet repeating a
 * township's rows).
 */
function withoutRepeats(parsed: ParsedSheet): ParsedSheet {
  const sheetOf = (r: ParsedSheet['rows'][number]) => (r.sheet ?? '').split('·')[0];
  const kindOf = (k: string | undefined) =>
    !k ? '' : /供|卖|销|supply|sell|offer/i.test(k) ? 'S' : /需|购|买|demand|buy|need/i.test(k) ? 'D' : k;
  const keyOf = (r: ParsedSheet['rows'][number]) => {
    const { creditCode, kind, title, specification } = r.cells;
    if (!creditCode || !title || !kindOf(kind)) return null;
    // (one product by the bottle and by the case, 500ml | 500ml×6瓶/箱, is two offers)
    return [creditCode, kindOf(kind), title, specification ?? '']
      .map((t, i) => (i === 0 ? t.replace(/\s+/g, '').toUpperCase() : t.replace(/\s+/g, '')))
      .join('|');
  };
  const kept = new Map<string, number>();
  const dropped = new Map<number, SkippedRow>();
  const where = (r: ParsedSheet['rows'][number], other: ParsedSheet['rows'][number]) =>
    sheetOf(r) === sheetOf(other) ? `第 ${r.row} 行` : `工作表“${sheetOf(r)}”第 ${r.row} 行`;
  // 上次填的数量和价格不对，以这次为准: a row that says it corrects one sent before stands for the firm's earlier row of the
  // same kind and product, its title written with other words in brackets (黑木耳（干）（秋耳） → …（秋耳，自然晾晒）)
  parsed.rows.forEach((r, i) => {
    if (!CORRECTS.test(r.cells.remark ?? '') || !r.cells.creditCode || !r.cells.title) return;
    const earlier = parsed.rows.findIndex(
      (e, k) =>
        k < i &&
        !dropped.has(k) &&
        sheetOf(e) === sheetOf(r) &&
        e.cells.creditCode?.replace(/\s+/g, '').toUpperCase() ===
          r.cells.creditCode!.replace(/\s+/g, '').toUpperCase() &&
        kindOf(e.cells.kind) === kindOf(r.cells.kind) &&
        e.cells.title !== undefined &&
        productCore(e.cells.title) === productCore(r.cells.title!) &&
        keyOf(e) !== keyOf(r),
    );
    if (earlier < 0) return;
    const row = parsed.rows[earlier];
    dropped.set(earlier, {
      sheet: row.sheet === null ? null : sheetOf(row),
      row: row.row,
      text: `${where(r, row)}更正了本行（${r.cells.remark!.slice(0, 40)}），以该行为准：${row.cells.title!.slice(0, 40)}`,
    });
  });
  parsed.rows.forEach((r, i) => {
    if (dropped.has(i)) return;
    const key = keyOf(r);
    if (key === null) return;
    const before = kept.get(key);
    if (before === undefined) {
      kept.set(key, i);
      return;
    }
    const earlier = parsed.rows[before];
    // (the same words again, sent twice, correct nothing: the first stays, as the office counts them)
    const same = sheetOf(earlier) === sheetOf(r) && !sameContent(earlier, r);
    const [gone, stays] = same ? [before, i] : [i, before];
    const row = parsed.rows[gone];
    dropped.set(gone, {
      sheet: row.sheet === null ? null : sheetOf(row),
      row: row.row,
      text: `与${where(parsed.rows[stays], row)}重复（同一企业、类型、产品），以该行为准：${row.cells.title!.slice(0, 40)}`,
    });
    if (same) kept.set(key, i);
  });
  if (!dropped.size) return parsed;
  return {
    ...parsed,
    rows: parsed.rows.filter((_, i) => !dropped.has(i)),
    skipped: [...parsed.skipped, ...dropped.values()],
  };
}

async function parseLists(data: Buffer): Promise<ParsedSheet> {
  if (data.length === 0) throw new FileProblem('文件为空');
  if (data.length > MAX_FILE_BYTES)
    throw new FileProblem(`文件过大（${(data.length / 1048576).toFixed(1)} MB），上限 ${MAX_FILE_BYTES / 1048576} MB`);
  const ole = isCompoundFile(data);
  const budget = { chars: MAX_TEXT_CHARS };
  if (!ole && !isZip(data)) return withNotedLeftOut(keyed(bounded(readDelimited(data), budget), null, null), []);
  let book: Workbook;
  try {
    book = ole ? new XlsBook(data) : new XlsxBook(data);
  } catch (err) {
    if (err instanceof FileProblem) throw err;
    throw new FileProblem(`无法读取该 ${ole ? '.xls' : '.xlsx'} 文件（文件损坏或不是 Excel 工作簿）`);
  }
  let first: FileProblem | null = null;
  // every sheet that holds a list, in workbook order: 供应 and 需求 sheets, and lists named by neither
  // (one per county: 水城区 | 六枝特区); a sheet whose list repeats an earlier one's is a copy, left out
  const parts: { parsed: ParsedSheet; name: string; kind: '供应' | '需求' | null }[] = [];
  const unread: SkippedRow[] = [];
  const seen = new Set<string>();
  // each sheet read once: the workbook's kind is worked out from all of them before any is keyed
  const all = book.sheets.map((_, i) => book.sheet(i));
  // an export's code list (字段 | 代码 | 代码名称: gxlx 1 供应) is read into the other sheets, never as a list
  const codes = codeLists(all);
  // a directory of the firms (企业名录: 企业名称 | 统一社会信用代码 | 所在乡镇), for a list that names them alone
  const listed = all.filter((sheet) => !codes.from.has(sheet));
  const directory = listed.length > 1 ? firmDirectory(listed) : null;
  const sheets = all.filter((sheet) => !codes.from.has(sheet) && sheet !== directory?.sheet);
  const bookKind = workbookKind(sheets);
  for (const sheet of sheets) {
    const kind = kindOfSheetName(sheet.name);
    try {
      const parsed = keyed(
        bounded(sheet.rows, budget),
        sheet.name,
        kind,
        bookKind,
        codes.lists,
        directory,
        sheet.mergedDown ?? [],
      );
      const content = JSON.stringify(parsed.rows.map((r) => r.cells));
      if (!kind && seen.has(content)) continue;
      seen.add(content);
      parts.push({ parsed, name: sheet.name, kind });
    } catch (err) {
      if (!(err instanceof FileProblem)) throw err;
      // a 供应 or 需求 sheet with content whose list cannot be read refuses the file: its rows are
      // not dropped unseen while the other sheet imports
      if (kind && sheet.rows.length) throw err;
      first ??= err;
      // a table on a sheet named otherwise (a township's) that cannot be read is said so in the
      // preview's skipped rows; a sheet of notes (填报说明) is not
      if (sheet.rows.filter((r) => r.cells.filter((c) => c.trim()).length >= 3).length >= 3)
        unread.push({ sheet: sheet.name, row: sheet.rows[0]?.row ?? 1, text: `工作表未导入：${err.message}` });
    }
  }
  const place = listPlace(all);
  if (parts.length === 1 && !parts[0].kind) {
    // the notes of the sheets that hold no list (说明) may name rows of the one list to leave out
    const one = withListPlace(
      placedBySheet(withNotedLeftOut(parts[0].parsed, textsOfSheets(all, parts)), parts[0].name),
      place,
    );
    return unread.length ? { ...one, skipped: [...one.skipped, ...unread] } : one;
  }
  if (!parts.length) throw first!;
  // several lists: each row named by its sheet, so that no row of the workbook is dropped or confused; a sheet the
  // notes say the list was compiled from (本表根据园区企业供需台账（见“台账”工作表）整理) is that list's source, not
  // another list, and each sheet's own notes may leave out its rows by 序号
  const said = [
    ...parts.flatMap(({ parsed }) => [...(parsed.notes ?? []), ...parsed.skipped.map((r) => r.text)]),
    ...textsOfSheets(all, parts),
  ];
  const sources = sourceSheets(said).filter((name) => parts.some((p) => p.name === name));
  // a sheet the notes keep only for comparison (“上月版”工作表为11月初报数据，仅留档对照，请勿重复录入)
  const aside = sheetsSetAside(said).filter((name) => parts.some((p) => p.name === name) && !sources.includes(name));
  const notLists = [...new Set([...sources, ...aside])];
  const lists =
    notLists.length && notLists.length < parts.length ? parts.filter((p) => !notLists.includes(p.name)) : parts;
  for (const name of lists === parts ? [] : notLists)
    unread.push({
      sheet: name,
      row: 1,
      text: sources.includes(name)
        ? `工作表“${name}”是本表整理的来源（见说明），未导入`
        : `工作表“${name}”按说明仅留档对照，未导入`,
    });
  const named = lists.map(({ parsed: whole, name }) => {
    const parsed = withNotedLeftOut(whole, []);
    return {
      ...parsed,
      rows: placedBySheet(parsed, name).rows.map((r) => ({ ...r, sheet: r.sheet ?? name })),
      skipped: parsed.skipped.map((r) => ({ ...r, sheet: r.sheet ?? name })),
    };
  });
  const rows = named.flatMap((p) => p.rows);
  if (rows.length > MAX_ROWS) throw new FileProblem(`行数过多，上限 ${MAX_ROWS} 行；请分批导入`);
  return withListPlace(
    {
      rows,
      headerRow: named[0].headerRow,
      ignoredColumns: [...new Set(named.flatMap((p) => p.ignoredColumns))],
      skipped: [...named.flatMap((p) => p.skipped), ...unread],
    },
    place,
  );
}

/** The rows' texts of the sheets that hold no list (说明, 代码说明), one text a row: notes the lists may be read by. */
function textsOfSheets(sheets: readonly Sheet[], lists: readonly { name: string }[]): string[] {
  return sheets
    .filter((sheet) => !lists.some((l) => l.name === sheet.name))
    .flatMap((sheet) => sheet.rows.map((r) => r.cells.filter((c) => c.trim()).join(' ')));
}

/** The place a note of any sheet says all the list's firms are in (二、除备注中注明的外，企业均位于遵义经开区（汇川区）). */
function listPlace(sheets: readonly Sheet[]): string | null {
  for (const sheet of sheets)
    for (const r of sheet.rows) {
      const texts = [...new Set(r.cells.map((c) => c.trim()).filter(Boolean))];
      if (texts.length !== 1) continue;
      const place = placeSaid(texts[0], true);
      if (place) return place;
    }
  return null;
}

/** Each row that names no place of its own is given the one the list's notes say, for the rules to weigh. */
function withListPlace(parsed: ParsedSheet, place: string | null): ParsedSheet {
  if (!place) return parsed;
  return {
    ...parsed,
    rows: parsed.rows.map((r) => (r.cells.regionCode === undefined ? { ...r, listPlace: place } : r)),
  };
}

/**
 * The kind every sheet of the workbook that names one gives, by its name or its title (a 供应清单
 * in three sheets, （一）马铃薯 … （三）中药材, the third titled without it), or null when they name none
 * or both.
 */
function workbookKind(sheets: readonly { name: string; rows: readonly SheetRow[] }[]): '供应' | '需求' | null {
  const kinds = new Set<'供应' | '需求'>();
  for (const sheet of sheets) {
    const named = kindOfSheetName(sheet.name);
    if (named) kinds.add(named);
    for (const row of sheet.rows.slice(0, 3)) {
      const titled = titleKindOf(row.cells);
      if (titled) kinds.add(titled);
    }
  }
  return kinds.size === 1 ? [...kinds][0] : null;
}

/** A sheet named as a place (古州镇, 马场坪街道, 水城区, 红果经开区): the place of its rows that name none. */
const PLACE_NAME = /(镇|乡|街道|苏木|县|市|区|旗|园区|工业园|开发区)$/;

function placedBySheet(parsed: ParsedSheet, name: string): ParsedSheet {
  const place = name.trim();
  if (!PLACE_NAME.test(place) || kindOfSheetName(place) || /^(sheet|工作表)\d*$/i.test(place)) return parsed;
  // a sheet named as a county (福泉市) is the county of the townships and parks its rows name alone
  const county = /(县|市|区|旗)$/.test(place) && !/(镇|乡|街道|园区|开发区|新区)$/.test(place);
  return {
    ...parsed,
    rows: parsed.rows.map((r) => {
      const own = r.cells.regionCode;
      if (own === undefined) return { ...r, cells: { ...r.cells, regionCode: place } };
      if (
        county &&
        INSIDE_ONLY.test(own.trim()) &&
        !/[省市县州旗]/.test(own.replace(/(园区|工业区|开发区|新区|片区|城区)$/, ''))
      )
        return { ...r, cells: { ...r.cells, regionCode: `${place}${own.trim()}` } };
      return r;
    }),
  };
}

/** A place inside a county, named alone: a township, a street office, a park. */
const INSIDE_ONLY = /(镇|乡|街道|园区|工业园|开发区|新区|片区)$/;

/**
 * The table's cells within bounds: each cut at MAX_CELL_CHARS, all together within the file's
 * `budget` (else the file is refused), and a character no text column can store (NUL, a surrogate
 * left alone) written as U+001A SUBSTITUTE, which the row's rules refuse by its column.
 */
function bounded(table: SheetRow[], budget: { chars: number }): SheetRow[] {
  for (const row of table)
    for (let j = 0; j < row.cells.length; j++) {
      let text = row.cells[j];
      if (text.length > MAX_CELL_CHARS) text = text.slice(0, MAX_CELL_CHARS);
      budget.chars -= text.length;
      if (budget.chars < 0)
        throw new FileProblem(`文件中的文字过多（超过 ${MAX_TEXT_CHARS / 10_000} 万字）；请删去多余的内容或分批导入`);
      row.cells[j] = text.replace(UNSTORABLE, '\u001A');
    }
  return table;
}

/** What no text column can store: NUL, and a surrogate without its pair. */
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDFFF]/gu;

/** What names a firm on a row: taken from the row above when a merged firm cell was exported empty. */
const FIRM_FIELDS: readonly ColumnField[] = [
  'enterpriseName',
  'creditCode',
  'regionCode',
  'contactName',
  'contactPhone',
];

/** Fields whose numbers a header's unit may qualify. */
const NUMBER_FIELDS = new Set<ColumnField>(['quantity', 'price', 'priceMin', 'priceMax']);
/** A number or a range of numbers, nothing else (300, 1,200, 0.9-1.4). */
const BARE_NUMBER = /^(约|大约|预计|估计)?\d[\d,.]*(\s*[-~～〜—–至到]\s*\d[\d,.]*)?(左右)?$/;

/**
 * The place of a row that names it in two columns (县区 黄果树旅游区 | 乡镇 黄果树镇石头寨村, 县区 经开区 |
 * 乡镇 幺铺镇): the wider place, then the narrower, as one address; a division code in either is the place;
 * a narrower place that repeats the wider one (镇宁县 | 镇宁县黄果树镇) is the whole address already.
 */
function placeOf(first: string, second: string): string {
  if (/^\d{6}$/.test(halfWidth(first))) return first;
  if (/^\d{6}$/.test(halfWidth(second))) return second;
  // 所在乡镇 | 所在县 in that order: the county first all the same (简嘎乡 | 镇宁县 → 镇宁县简嘎乡); a park in
  // the first column likewise (所在园区 | 所属区县: 贵安综合保税区 | 清镇市 → 清镇市贵安综合保税区), though a
  // park's name ends in 区 as a county's does
  const township =
    /(乡|镇|街道|苏木|园区|工业园|产业园|开发区|经开区|高新区|集中区|集聚区|聚集区|保税区|示范区|片区|工业区|新区)$/;
  const county = /(县|市|区|旗|特区|州)$/;
  const [wider, narrower] =
    township.test(first.trim()) && county.test(second.trim()) && !township.test(second.trim())
      ? [second, first]
      : [first, second];
  return narrower.startsWith(wider) ? narrower : `${wider}${narrower}`;
}

/**
 * The kind a section row gives the rows below it: one text across the row (merged or alone),
 * naming 供应 or 需求 (一、供应信息, 二、采购需求, （二）需求清单); null for any other row.
 */
export function sectionKind(cells: readonly string[], maxLength = 12): '供应' | '需求' | null {
  const texts = [...new Set(cells.map((c) => c.trim()).filter(Boolean))];
  if (texts.length !== 1) return null;
  const text = texts[0]
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^([(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]?)/, '')
    // 供应：, 需求: — the colon of a section that lists what follows
    .replace(/[:：]$/, '')
    // 一、供给类（企业可供产品、服务）: what the section holds, said in brackets after its name
    .replace(/(?<=.)[(（][^()（）]*[)）]$/, '');
  if (
    [...text].length > maxLength ||
    !/(信息|清单|产品|类|部分|需求|供应|供给|采购|求购|收购|销售|出售|表|情况)$/.test(text)
  )
    return null;
  return kindOfSheetName(text);
}

/** Where a title names the list it heads: 供应清单, 采购需求汇总表, 可供产品目录. */
const LIST_OF_KIND =
  /(供应|供给|可供|销售|出售|采购|需求|求购|收购)(产品|信息|项目|物资|企业|单位|商品)?(清单|汇总表|汇总|统计表|登记表|一览表|目录|名录|名单|对接表|表)/g;

/**
 * The kind a long title names for its list (威宁自治县农产品产销对接供应清单（一）马铃薯及种薯): one kind
 * named as a list's, never both (供应和需求清单) or a list of both (供需清单).
 */
export function titleKindOf(cells: readonly string[]): '供应' | '需求' | null {
  const texts = [...new Set(cells.map((c) => c.trim()).filter(Boolean))];
  // 采购单位：安顺康源大药房连锁有限公司（统一社会信用代码：…）, a firm's own list named by its side
  const label = /^(?:(采购|需求|求购|收购|购买)|(供应|供货|供给|销售|出售))(?:单位|方|企业|商)[：:]/.exec(
    texts[0] ?? '',
  );
  if (label) return label[1] ? '需求' : '供应';
  if (texts.length !== 1 || [...texts[0]].length > 80) return null;
  const text = texts[0].normalize('NFKC').replace(/\s+/g, '');
  const kinds = new Set([...text.matchAll(LIST_OF_KIND)].map((m) => kindOfSheetName(m[1])));
  return kinds.size === 1 ? [...kinds][0] : null;
}

/**
 * The header row: the first row among the first few where at least three cells name fields, or of
 * such rows one right under another (a group row over its names: 企业信息 | 供应产品 over 企业名称 |
 * 产品名称) the one naming most. A header further down, below rows of its own, is a section's (see
 * headerAgain): rows above it are not left out for it.
 */
function findHeader(rows: SheetRow[]): { index: number } | null {
  let best: { index: number; score: number } | null = null;
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const score = new Set(rows[i].cells.map((c) => fieldOfHeader(c)).filter((f) => f && f !== 'ignore')).size;
    if (score < 3) {
      if (best) break;
      continue;
    }
    if (!best || score > best.score) best = { index: i, score };
  }
  return best;
}

/** What a firm's form gives every product under it: its name, code, place, contacts, certificates and date. */
const FORM_FIELDS: readonly ColumnField[] = [
  'enterpriseName',
  'creditCode',
  'regionCode',
  'contactName',
  'contactPhone',
  'certifications',
  'validUntil',
];

/** A credit code written inside a firm's name cell, in brackets or after a space or a colon. */
const CODE_IN_NAME = /(?:^|[\s(（:：,，])([0-9A-Za-z]{18})(?=$|[\s)）,，])/;
/** A phone written in a name cell: a mobile, or a landline with its area code. */
const PHONE_IN_NAME = /(?:^|[\s(（:：,，])(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?=$|[\s)）,，])/;

/** A name cell's firm, code and phone apart: 务川县XX合作社（9352…） → the name, the code. */
function nameAndCode(cell: string): Partial<Record<ColumnField, string>> {
  const out: Partial<Record<ColumnField, string>> = {};
  let name = cell;
  const code = CODE_IN_NAME.exec(name);
  if (code) {
    out.creditCode = code[1];
    name = name.replace(code[1], '');
  }
  const phone = PHONE_IN_NAME.exec(name);
  if (phone) {
    out.contactPhone = phone[1];
    name = name.replace(phone[1], '');
  }
  out.enterpriseName = name
    .replace(/[(（]\s*[)）]/g, '')
    .replace(/[\s:：,，]+$/, '')
    // 某合作社 代码：9352…, the label of the code taken out with it
    .replace(/[\s(（]*(统一社会信用代码|社会信用代码|信用代码|代码)[:：]?$/, '')
    .trim();
  return out;
}

/**
 * The code lists of a workbook exported with them (a sheet headed 字段 | 字段名称 | 代码 | 代码名称), by the
 * field's key and its name, folded as headers are; and the sheets that hold them.
 */
function codeLists(sheets: readonly { rows: SheetRow[] }[]): {
  lists: Map<string, Map<string, string>>;
  from: Set<unknown>;
} {
  const lists = new Map<string, Map<string, string>>();
  const from = new Set<unknown>();
  for (const sheet of sheets) {
    const head = sheet.rows[0]?.cells.map((c) => foldHeader(c)) ?? [];
    const code = head.findIndex((h) => /^(代码|编码|值|code)$/.test(h));
    const label = head.findIndex((h) => /^(代码名称|编码名称|名称|含义|说明|label|name)$/.test(h));
    const fields = head.flatMap((h, j) => (/^(字段|字段名|字段名称|字段代码|field)$/.test(h) ? [j] : []));
    if (code < 0 || label < 0 || !fields.length) continue;
    from.add(sheet);
    for (const r of sheet.rows.slice(1))
      for (const f of fields) {
        const key = foldHeader(r.cells[f] ?? '');
        const value = (r.cells[code] ?? '').trim();
        if (!key || !value) continue;
        const list = lists.get(key) ?? new Map<string, string>();
        list.set(value, (r.cells[label] ?? '').trim());
        lists.set(key, list);
      }
  }
  return { lists, from };
}

/** The codes a header gives in brackets, two or more (供需类别(1供应 2需求), 主体类型（1企业、2合作社）); null if none. */
function codesInHeader(header: string): Map<string, string> | null {
  const inside = /[(（]([^()（）]+)[)）]\s*$/.exec(halfWidth(header))?.[1];
  if (!inside) return null;
  const pairs = [...inside.matchAll(/(\d{1,2})\s*[-=:：.、]?\s*(\p{Script=Han}{1,10})/gu)];
  // (every word of the bracket a code's: 数量（1吨=2000斤） is no list)
  if (pairs.length < 2 || inside.replace(/(\d{1,2})\s*[-=:：.、]?\s*\p{Script=Han}{1,10}|[\s,，;；、/|]/gu, '') !== '')
    return null;
  return new Map(pairs.map((m) => [m[1], m[2]]));
}

/** A unit as a header's second row writes it: 吨, 元/吨, 立方米, 万元, kg. */
const UNIT_WORD =
  /^(万|亿)?(吨|千克|公斤|斤|克|升|千升|立方米|方|平方米|平米|亩|个|只|件|套|台|箱|瓶|项|袋|头|株|千瓦时|万千瓦时|度|kg|t|m³|m3|m²|m2|kwh)$|^(万|亿)?元(\/\S{1,6})?$/i;

/** A row under the header that holds units only (吨 | 元/吨 | | 元/立方米), two at least. */
function unitsRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  return filled.length >= 2 && filled.every((c) => UNIT_WORD.test(halfWidth(c)));
}

/** What an export or a questionnaire writes for an empty answer: N/A, (跳过), (空), null. */
const NOTHING_WRITTEN =
  /^([(（](跳过|空|未填|无)[)）]|n\/?a|null|none|nil|#(n\/a|div\/0!|ref!|value!|name\?|num!|null!|spill!|calc!))$/i;

/** How the name of a firm, a cooperative or an institution ends: a value, never a label. */
const ORGANISATION = /(公司|合作社|企业|厂|场|店|中心|银行|大学|学院|研究院|研究所|协会|集团|商行|经营部)$/;

/** A form's labels and their values on one row: 企业名称 | 贵州龙里黔刺源食品有限公司 | | | 统一社会信用代码 | 9152… */
function formLabels(cells: readonly string[]): Map<ColumnField, string> {
  const found = new Map<ColumnField, string>();
  // a label is a short header word (企业名称, 所在镇（园区）, 信息有效期至); a firm's name (龙里县刺之韵饮品有限公司),
  // which the header words would read as naming a firm column, or anything with a digit, is a value
  const isLabel = (t: string) => {
    if (!t || [...t].length > 10 || /\d/.test(t) || ORGANISATION.test(t.replace(/[(（][^()（）]*[)）]$/, '')))
      return null;
    const f = fieldOfHeader(t);
    return f && f !== 'ignore' ? f : null;
  };
  for (let j = 0; j < cells.length; j++) {
    const field = isLabel(cells[j].trim());
    if (!field) continue;
    let k = j + 1;
    while (k < cells.length && cells[k].trim() === '') k++;
    const value = (cells[k] ?? '').trim();
    // a label with no value (信息有效期至 | | 联系人 | 吴晓丽) is skipped; a value that reads like a label
    // (资质认证 | SC认证) is a value where it ends the row
    let next = k + 1;
    while (next < cells.length && cells[next].trim() === '') next++;
    if (!value || (isLabel(value) && next < cells.length)) continue;
    if (FORM_FIELDS.includes(field) && !found.has(field)) found.set(field, value);
    j = k;
  }
  return found;
}

/**
 * A sheet of forms, one per firm (企业名称 | … | 统一社会信用代码 | … on label rows, then 供/需 | 产品名称 | 数量 …
 * and the firm's products), as one list: the first product header names the columns, each product row
 * is given its firm's labelled values in columns of their own, and a product row with its 供/需 left blank
 * takes the row above's (a merged cell undone). A form's other rows (主营业务, 企业类型) are no rows of the
 * list; a row between forms (（二）企业产销对接登记表, a signature) is kept as a note of one cell. Null when
 * the sheet holds fewer than two such forms.
 */
function formsAsList(table: readonly SheetRow[]): SheetRow[] | null {
  const opens = (labels: Map<ColumnField, string>) => labels.has('enterpriseName') || labels.has('creditCode');
  const productHeader = (r: SheetRow) => {
    const fields = r.cells.map((c) => fieldOfHeader(c));
    return fields.includes('title') && new Set(fields.filter((f) => f && f !== 'ignore')).size >= 3 ? fields : null;
  };
  // the first form within the rows a header is looked for in, or no forms (a 20,000-row list is not read twice)
  const first = table.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => productHeader(r) !== null);
  if (first < 0 || !table.slice(0, first).some((r) => opens(formLabels(r.cells)))) return null;
  if (table.filter((r) => opens(formLabels(r.cells))).length < 2) return null;
  // each form with its own product header: a list whose rows merely name firms has one header
  if (table.filter((r) => productHeader(r) !== null).length < 2) return null;
  const columns = productHeader(table[first])!;
  const width = table[first].cells.length;
  const own = FORM_FIELDS.filter((f) => !columns.includes(f));
  const kindAt = columns.indexOf('kind');
  const titleAt = columns.indexOf('title');
  const [quantityAt, priceAt, specAt, untilAt] = (['quantity', 'price', 'specification', 'validUntil'] as const).map(
    (f) => columns.indexOf(f),
  );
  let sectioned = false;
  const out: SheetRow[] = [];
  let firm = new Map<ColumnField, string>();
  let state: 'outside' | 'form' | 'products' = 'outside';
  let lastKind = '';
  // each form's columns in the first form's order (a firm that deleted its template's 规格 column): where each goes
  let place: (number | null)[] = columns.map((_, j) => j);
  // (and the unit its own header gives its numbers, 价格（元/斤） where the first form's says 价格（元）)
  let unitHere: (string | null)[] = [];
  table.forEach((r, i) => {
    const fields = productHeader(r);
    if (fields) {
      // the list's header once, where the first form's products begin; the others are that header again
      if (i === first) out.push({ row: r.row, cells: [...r.cells, ...own.map((f) => HEADER_OF[f])] });
      else {
        place = fields.map((f, j) =>
          f && f !== 'ignore' && columns.includes(f)
            ? columns.indexOf(f)
            : j < width && (!columns[j] || columns[j] === 'ignore' || columns[j] === f)
              ? j
              : null,
        );
        unitHere = r.cells.map((c, j) => {
          const unit = headerUnit(c);
          const to = place[j];
          return unit && to !== null && unit !== headerUnit(table[first].cells[to] ?? '') ? unit : null;
        });
      }
      state = 'products';
      lastKind = '';
      return;
    }
    const labels = formLabels(r.cells);
    if (opens(labels) || (state === 'form' && labels.size)) {
      // (a form that gave no product header, its products told in sentences, leaves the next firm's form open)
      const another =
        labels.has('creditCode') && firm.has('creditCode') && labels.get('creditCode') !== firm.get('creditCode');
      if (opens(labels) && (state !== 'form' || another)) {
        firm = new Map();
        sectioned = false;
      }
      for (const [f, v] of labels) if (!firm.has(f)) firm.set(f, v);
      state = 'form';
      return;
    }
    if (!r.cells.some((c) => c.trim())) return;
    // 一、供应产品 | 二、需求产品: each form's sections give its rows' kind, the first one before its header too
    if (sectionKind(r.cells)) {
      out.push(noteOf(r));
      sectioned = true;
      return;
    }
    // 本社2027年可供应鲜天麻约20吨，每公斤40-60元；天麻干片约2吨，价格面议: a form's products told in a sentence under its
    // section, read as a content cell's, each product a row in the list's columns
    const told = state === 'form' && sectioned ? oneText(r) : null;
    if (told && /\d/.test(told.cells[0]) && quantityAt >= 0) {
      const items = contentItems({ title: told.cells[0] }) ?? [];
      items.forEach((item, k) => {
        const cells = Array<string>(width).fill('');
        cells[titleAt] = item.title ?? '';
        cells[quantityAt] = item.quantity ?? '';
        if (priceAt >= 0) cells[priceAt] = item.price ?? '';
        if (specAt >= 0) cells[specAt] = item.specification ?? '';
        if (untilAt >= 0) cells[untilAt] = item.validUntil ?? '';
        out.push({
          row: r.row,
          ...(items.length > 1 ? { block: `第${k + 1}项` } : {}),
          cells: [...cells, ...own.map((f) => firm.get(f) ?? '')],
        });
      });
      return;
    }
    if (state === 'form') return; // 主营业务, 企业类型: the firm's, no listing
    // a title merged across the form (（二）企业产销对接登记表), a signature without a product: a note
    const texts = new Set(r.cells.map((c) => c.trim()).filter(Boolean));
    // (and a 合计 merged over the product's columns: the sheet's total, no product of the firm's; the form's
    // 信息有效期 | 2027年12月31日 or 单位（盖章） | … under its products)
    // (a form's title merged across its columns, a note beside it: 石阡县…登记表 | 与上面第7份重复)
    const inside = r.cells.slice(0, width).filter((c) => c.trim());
    if (
      state === 'outside' ||
      (inside.length >= 3 && new Set(inside.map((c) => c.trim())).size === 1) ||
      !(r.cells[titleAt] ?? '').trim() ||
      texts.size < 2 ||
      SUMMARY.test([...texts][0]) ||
      formFooter([...texts])
    ) {
      out.push(noteOf(r));
      return;
    }
    const cells = Array<string>(width).fill('');
    r.cells.forEach((c, j) => {
      const to = j < place.length ? place[j] : j < width ? j : null;
      const written = unitHere[j] && BARE_NUMBER.test(halfWidth(c).trim()) ? `${c.trim()}${unitHere[j]}` : c;
      if (to !== null && to < width) cells[to] = cells[to] ? `${cells[to]} ${written}` : written;
    });
    if (kindAt >= 0) {
      if (cells[kindAt].trim()) lastKind = cells[kindAt];
      else cells[kindAt] = lastKind;
    }
    out.push(widened(r, width, [...cells, ...own.map((f) => firm.get(f) ?? '')]));
  });
  return out;
}

/** A row's texts as one cell: a note between or below the rows of a list reshaped. */
function noteOf(r: SheetRow): SheetRow {
  return {
    row: r.row,
    // (a note merged across the row fills every cell with it: once)
    cells: [[...new Set(r.cells.map((c) => c.trim()).filter(Boolean))].join(' ')],
  };
}

/** A row of one text (a note merged across the sheet, which fills every cell with it) as a row of one cell; else null. */
/** A row given cells that begin with its first `width`, the columns struck through among them kept (删除线). */
function widened(r: SheetRow, width: number, cells: string[]): SheetRow {
  const struck = r.struck?.filter((j) => j < width);
  return struck?.length ? { row: r.row, cells, struck } : { row: r.row, cells };
}

/**
 * A form's line under its products, its label and its value merged across the rest: 信息有效期 | 2027年12月31日 (the
 * validity of all its products, read by validitySaid), 单位（盖章） | （已盖章）2026年11月30日.
 */
function formFooter(texts: readonly string[]): boolean {
  // 填表日期 | 2026年11月18日 | 企业盖章 | （已盖章）: the form's date and stamp
  if (texts.length >= 2 && texts.length <= 4 && /^(填表|填报|报送|申报)(日期|时间)[:：]?$/.test(texts[0]))
    return texts.slice(2).every((t) => /盖章|签章|签字|签名|^[(（]?(章|印)[)）]?$/.test(t));
  if (texts.length !== 2) return false;
  if (/有效期至?[:：]?$/.test(texts[0])) return validitySaid(texts) !== null;
  return /[(（]?(盖章|签章|签字)[)）]?[:：]?$/.test(texts[0]);
}

/** A heading numbered on a list's top level (一、, 三．), not a part of one (（一）, 1.). */
const TOP_HEADING = /^[一二三四五六七八九十]{1,3}[、.．]/;

function oneText(r: SheetRow): SheetRow | null {
  const texts = new Set(r.cells.map((c) => c.trim()).filter(Boolean));
  return texts.size === 1 ? { row: r.row, cells: [...texts] } : null;
}

/** A cell's parts between 、 ， ； (and their ASCII forms), a bracket's commas kept inside it. */
function partsOf(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if ('（(【['.includes(ch)) depth++;
    if ('）)】]'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '、，,；;'.includes(ch)) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  parts.push(current.trim());
  return parts.filter(Boolean);
}

/** 云杉面板5万片 → 云杉面板 | 5万片; 琴桥、弦枕各5万个 → each 5万个; a note in brackets after it kept apart. */
const ITEM_AMOUNT =
  /^(.*?[^\d.\s])\s*(各)?\s*(?:约)?\s*(\d[\d.,]*\s*[万亿千]?\s*[\p{Script=Han}A-Za-z㎡³]{1,4})\s*([（(][^（）()]*[）)])?$/u;

/**
 * The items of a product cell that lists several, each with its amount (云杉面板5万片、玫瑰木侧背板3万套；吉他弦10万套):
 * null unless two items or more, and most of them, say an amount (茶叶、茶具 is one listing, as is 机制砂、碎石).
 */
function itemsOf(text: string): { name: string; amount: string | null; note: string | null }[] | null {
  const parts = partsOf(text);
  if (parts.length < 2) return null;
  const items = parts.map((p) => {
    const m = ITEM_AMOUNT.exec(p);
    return m
      ? { name: m[1].trim(), amount: m[3].replace(/\s+/g, ''), note: m[4]?.slice(1, -1) ?? null, each: !!m[2] }
      : { name: p, amount: null, note: null, each: false };
  });
  const counted = items.filter((i) => i.amount).length;
  if (counted < 2 || counted * 2 < items.length) return null;
  // 琴桥、弦枕（牛骨）各5万个: the items before an 各 with no amount of their own share it
  for (let k = items.length - 1; k > 0; k--)
    if (items[k].each && items[k].amount)
      for (let j = k - 1; j >= 0 && !items[j].amount; j--) items[j].amount = items[k].amount;
  return items.map(({ name, amount, note }) => ({ name, amount, note }));
}

/** A product the list says is gone: 太子参（干）2吨（已售完）, 何首乌（作废）. */
const GONE_ITEM =
  /[（(][^()（）]{0,12}(已售完|售完|已售罄|售罄|已撤回|撤回|已取消|取消|作废|已作废|不再供应)[^()（）]{0,12}[)）]|(已售完|已售罄|已作废)$/;
/** Words that take an item back, in a remark that names it: 何首乌已与外地客商签约，此项作废. */
const TAKEN_BACK = /作废|撤回|撤销|取消|不再(供应|采购|需要)|已售完|已售罄/;
/** The row's remark takes back the item of this name (何首乌已与外地客商签约，此项作废; 铝合金圆棒…本次取消). */
function takenBack(name: string, remark: string | undefined): boolean {
  const core = name.replace(/[（(][^()（）]*[)）]/g, '').trim();
  return core.length >= 2 && !!remark?.includes(core) && TAKEN_BACK.test(remark);
}
/** A product or price cell that points elsewhere for the listing: 详见附件, 见附表. */
const SEE_ATTACHMENT = /(详|请|参)?见附(件|表)/;

/** The lines of a cell, a line wholly in brackets joined to the line above (its note). */
function linesOf(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    // (瓦楞纸箱；⏎不干胶标签: the separator a line was ended with as well)
    const line = raw.trim().replace(/[；;，,、]+$/, '');
    if (!line) continue;
    if (lines.length && /^[（(][^()（）]*[)）]$/.test(line)) lines[lines.length - 1] += line;
    else lines.push(line);
  }
  return lines;
}

/**
 * The products of a cell written one to a line (天麻（鲜）50吨↵天麻（干）8吨: a Word table pasted into a
 * sheet), each with the line beside it of a price or amount cell that has as many lines (鲜：40元/公斤↵干：260元/公斤,
 * the label before the colon left out); a cell of one line is every product's. A set of cells per product,
 * its amount read from its line; a product marked gone (（已售完）) or that the remark takes back (何首乌…此项作废)
 * is left out. Null unless the product cell has two lines or more (or one, under a header that says it holds amounts).
 */
function lineItems(
  cells: Partial<Record<ColumnField, string>>,
  /** The product's header says its amount is written in it (品名、规格及数量): one line is read so too. */
  amountsInTitle = false,
): Partial<Record<ColumnField, string>>[] | null {
  if (cells.title === undefined) return null;
  const lines = linesOf(cells.title);
  if (lines.length < (amountsInTitle && cells.quantity === undefined ? 1 : 2)) return null;
  const beside = (f: ColumnField) => {
    const v = cells[f];
    if (v === undefined) return null;
    const l = linesOf(v);
    return l.length === lines.length ? l : null;
  };
  const prices = beside('price');
  const amounts = beside('quantity');
  const units = beside('unit');
  const out: Partial<Record<ColumnField, string>>[] = [];
  lines.forEach((raw, k) => {
    if (GONE_ITEM.test(raw)) return;
    // 1.晴隆脐橙 3000吨 4-6元/斤: a line numbered in its cell
    const line = lines.length > 1 ? raw.replace(NUMBERED_LINE, '') : raw;
    // 晴隆绿茶 2吨 300元/斤, 兽用疫苗 若干 面议: the whole entry on its line, where the row has no amount or price of its own
    const own1 = amounts || prices || cells.price !== undefined ? null : lineEntry(line);
    const m = amounts || own1 ? null : ITEM_AMOUNT.exec(line);
    const name = own1 ? own1.title : m ? m[1].trim() : line;
    if (takenBack(name, cells.remark)) return;
    const own: Partial<Record<ColumnField, string>> = { ...cells, title: name };
    if (own1?.quantity) own.quantity = own1.quantity;
    if (own1?.price) own.price = own1.price;
    if (m) own.quantity = m[3].replace(/\s+/g, '');
    if (m?.[4]) own.specification = [cells.specification, m[4].slice(1, -1)].filter(Boolean).join('；');
    if (amounts) own.quantity = amounts[k];
    if (units) own.unit = units[k];
    if (prices) {
      const price = prices[k].replace(/^[^\d：:]{1,8}[：:]\s*/, '');
      if (EMPTY_BLOCK.test(price)) delete own.price;
      else own.price = price;
    } else if (cells.price !== undefined && /\n/.test(cells.price)) delete own.price;
    out.push(own);
  });
  return out;
}

/**
 * Products named one after another in one cell, each with its amount (and price) in the same place of the cells beside
 * (钕铁硼磁钢、漆包线 | 200万只、80吨 | 0.8-2.5元/只、7.2万元/吨; 火锅底料；油辣椒 | 1500吨；600万瓶): each with its
 * own. Null unless the amount cell names as many amounts as the title names products, two at least.
 */
function partItems(cells: Partial<Record<ColumnField, string>>): Partial<Record<ColumnField, string>>[] | null {
  if (cells.title === undefined || cells.quantity === undefined || /\n/.test(cells.title)) return null;
  const names = partsOf(cells.title).map((t) => t.trim());
  const amounts = partsOf(cells.quantity).map((t) => t.trim());
  if (names.length < 2 || amounts.length !== names.length || !amounts.every((a) => fitsColumn(a, 'quantity')))
    return null;
  const prices = cells.price === undefined ? null : partsOf(cells.price).map((t) => t.trim());
  if (prices && prices.length !== names.length && prices.length !== 1) return null;
  return names
    .map((name, k) => {
      const own: Partial<Record<ColumnField, string>> = { ...cells, title: name, quantity: amounts[k] };
      if (prices && prices.length === names.length) own.price = prices[k];
      return own;
    })
    .filter((own) => !GONE_ITEM.test(own.title!) && !takenBack(own.title!, cells.remark));
}

/**
 * A product cell that also holds the amount and the price, its own cells for them left blank (电解锰 5000吨 1.3万/吨,
 * 碳酸锂（电池级）1500吨 7-8万/吨, 辊道窑 2台 面议: a colleague's habit of writing the whole entry in one cell): the
 * product with its amount and price. Null unless the cell ends in an amount and a price, in that order.
 */
function inlineEntry(cells: Partial<Record<ColumnField, string>>): Partial<Record<ColumnField, string>>[] | null {
  if (cells.title === undefined || [cells.quantity, cells.unit, cells.price].some((c) => c !== undefined)) return null;
  const text = cells.title.trim();
  const m = INLINE_ENTRY.exec(halfWidth(text));
  if (!m || !/\p{Script=Han}{2}/u.test(m[1])) return null;
  // (the name as written: halfWidth changes no text's length)
  return [{ ...cells, title: text.slice(0, m[1].length).trim(), quantity: m[2].replace(/\s+/g, ''), price: m[3] }];
}
/**
 * A line of a product cell that is a whole entry (晴隆绿茶 2吨 300元/斤; 兽用疫苗 若干 面议): the product with its amount
 * and price, or with its price alone where the amount is said in words; null otherwise.
 */
function lineEntry(line: string): { title: string; quantity?: string; price?: string } | null {
  const text = halfWidth(line).trim();
  const m = INLINE_ENTRY.exec(text);
  if (m && /\p{Script=Han}{2}/u.test(m[1]))
    return {
      title: line
        .trim()
        .slice(0, m[1].length)
        .replace(/\s*(约|大约|约合|年产|年需)$/, '')
        .trim(),
      quantity: m[2].replace(/\s+/g, ''),
      price: m[3],
    };
  const loose = /^(.*?\p{Script=Han}.*?)\s+(?:若干|一批|少量|不定|待定)?\s*(面议|议价|待定)$/u.exec(text);
  if (loose && /\p{Script=Han}{2}/u.test(loose[1]))
    return { title: line.trim().slice(0, loose[1].length).trim(), price: '面议' };
  return null;
}

/** A product, then its amount in a unit (5000吨, 3000吨/年, 2台), then its price (1.3万/吨, 12元/公斤, 面议). */
const INLINE_ENTRY =
  /^(.*?[^\d.\s])\s*(\d[\d.,]*\s*[万亿千]?\s*\p{Script=Han}{1,3}(?:\/[年月])?)\s+((?:约)?\d[\d.,]*(?:[-~～至]\d[\d.,]*)?\s*万?元?\s*(?:\/\s*\p{Script=Han}{1,3})?(?:左右)?|面议)$/u;

/**
 * The products of a title cell naming several (数据线、充电器; 保税仓储、报关报检代理), each with the clause of the
 * amount or price cell that names it (缠绕膜200吨，胶带5000卷 | 缠绕膜1.05-1.2万/吨；胶带面议; 仓库5000㎡；报关每月可接500票),
 * the clause's name left out; an amount said of each (月产能各约10万) is every product's. A product no clause names
 * has none of that cell. Null unless a cell names each of its clauses' products so, every clause one of the title's.
 */
function labelledItems(cells: Partial<Record<ColumnField, string>>): Partial<Record<ColumnField, string>>[] | null {
  if (cells.title === undefined || /\d/.test(cells.title)) return null;
  const names = halfWidth(cells.title)
    .split(/[、，,+]/)
    .map((t) => t.trim());
  if (names.length < 2 || names.length > 4 || names.some((n) => [...n].length < 2 || [...n].length > 16)) return null;
  const prices = labelledClauses(cells.price, names);
  const amounts = labelledClauses(cells.quantity, names);
  if (!prices && !amounts) return null;
  const each = !amounts && cells.quantity !== undefined && /各/.test(cells.quantity);
  return names.map((name, k) => {
    const own: Partial<Record<ColumnField, string>> = { ...cells, title: name };
    if (amounts) {
      if (amounts.has(k)) own.quantity = amounts.get(k);
      else delete own.quantity;
    } else if (each) own.quantity = cells.quantity!.replace(/各自?/, '');
    if (prices) {
      if (prices.has(k)) own.price = prices.get(k);
      else delete own.price;
    }
    return own;
  });
}

/** A cell's clauses by the product each names (its index in `names`), the name left out; null unless every clause names one. */
function labelledClauses(text: string | undefined, names: readonly string[]): Map<number, string> | null {
  if (text === undefined) return null;
  const clauses = halfWidth(text)
    .split(/[；;，,。\n]+/)
    .map((c) => c.trim())
    .filter(Boolean);
  if (clauses.length < 2) return null;
  const out = new Map<number, string>();
  for (const clause of clauses) {
    const label = CLAUSE_LABEL.exec(clause);
    const k = label ? productNamed(label[1], names) : -1;
    if (k < 0 || out.has(k)) return null;
    out.set(k, clause.slice(label![0].length));
  }
  return out;
}
/** The name before a clause's amount or price: 胶带 of 胶带5000卷, 报关 of 报关每月可接500票, 数据线： of 数据线：3-8元. */
const CLAUSE_LABEL = /^(\p{Script=Han}{2,8}?)[:：]?(?=\d|面议|约|每|各|可|月|年)/u;

/**
 * Which of a title's products a clause's name means: the one it names whole or that begins or ends in it (胶带 of
 * 封箱胶带, 报关 of 报关报检代理), else the only one sharing a character with it (仓库 of 保税仓储); -1 when none or several.
 */
function productNamed(label: string, names: readonly string[]): number {
  const whole = names.findIndex((n) => n === label || n.startsWith(label) || n.endsWith(label) || label.endsWith(n));
  if (whole >= 0) return whole;
  const sharing = names.map((n, k) => ([...label].some((ch) => n.includes(ch)) ? k : -1)).filter((k) => k >= 0);
  return sharing.length === 1 ? sharing[0] : -1;
}

/**
 * The row points elsewhere for its listing (原材料及外购件 | 详见附件采购计划表, 中药材原料 | 详见附件): its product or
 * price cell says so, or its specification or remark does and it gives neither amount nor price.
 */
function pointsElsewhere(cells: Partial<Record<ColumnField, string>>): boolean {
  if ([cells.title, cells.price].some((t) => t !== undefined && SEE_ATTACHMENT.test(t))) return true;
  return (
    cells.quantity === undefined &&
    cells.price === undefined &&
    [cells.specification, cells.remark].some((t) => t !== undefined && SEE_ATTACHMENT.test(t))
  );
}

/**
 * A chat message's words before its product: who speaks and what they do (我家还要买, 罗场众鑫合作社有, 我们社想卖).
 * A speaker is named before 有 (有机肥 is a product).
 */
const SPOKEN_LEAD =
  /^(?:我家|我们家|我们|咱们|我社|本社|我们社|我们厂|我们公司|[^\s，,；;。]{1,12}?(?:合作社|公司|厂|农场|基地|家庭农场))(?:还|也|现在?|再|又|今年|明年)?(?:要|想|需要|打算)?(?:买|收购?|采购|卖|出售|有)/;

/**
 * A message as a farmer types it in a group chat, in the words a list writes: 七毛钱一斤 → 0.7元/斤, 两块五 → 2.5元,
 * 2到3万块 → 2-3万元, 35-45元一斤 → 35-45元/斤, 一台香菇烘干机 → 香菇烘干机1台 (the count after the product).
 */
function spoken(text: string): string {
  return moneySaid(text)
    .replace(/(\d[\d.]*)\s*(万)?块钱?/g, '$1$2元')
    .replace(/(\d[\d.]*)\s*(?:到|至)\s*(\d[\d.]*)(?=\s*[万亿千]?\s*[元斤吨公千个只台套箱])/g, '$1-$2')
    .replace(/元钱?(?:一|每)(斤|公斤|千克|吨|个|只|箱|件|台|套|瓶|袋)/g, '元/$1')
    .split(/([，,；;。])/)
    .map((part) =>
      part
        .replace(SPOKEN_LEAD, '')
        .replace(
          /^([一两二三四五六七八九十]|\d+)(台|套|辆|个|只|头|吨)(\p{Script=Han}{2,})$/u,
          (_, n: string, unit: string, product: string) =>
            `${product}${n === '十' ? 10 : (CHINESE_DIGIT[n] ?? n)}${unit}`,
        ),
    )
    .join('');
}

/** Words before a product in a content cell that say only the kind: 收购, 求购, 需要, 出售. */
const CONTENT_VERB =
  /^(?:本社|本公司|我社|我公司|本厂|我厂)?(?:\d{4}年度?)?(?:长期|常年|现|可|能|拟|计划)?(?:收购|求购|采购|需要购买|需要|需求|购买|出售|销售|供应|提供|现有)[:：]?\s*/;
/** The words of a clause that gives an amount, not a product: 可租面积, 年产量, 数量约. */
const AMOUNT_WORDS =
  /(面积|数量|规模|产量|产能|库容|存栏|出栏|可供|可租|可提供|共计|合计|总计|年产|月产|日产|年供|月供|年需|月需|年用|约)$/;

/**
 * The price a text says, the first of it: 6-8元/斤, 1.8-2.5元/个, 0.3万元/吨; else 面议, 随行就市 or 按市场价 as written;
 * undefined where it says none.
 */
function priceIn(text: string): string | undefined {
  return (
    /(\d[\d.]*(?:\s*[-~～至]\s*\d[\d.]*)?\s*万?元\s*\/\s*[^\s，,；;。()（）]{1,4})/.exec(text)?.[1] ??
    /面议|随行就市|按市场价/.exec(text)?.[0]
  );
}

/** The words of a period before an amount (每个月能出40万个, 一年要收两千吨): not the amount's numeral. */
const SPOKEN_PERIOD = /每个?(?:月|年|周|天|批)|一(?:个月|年|周|天|批)/gu;
/** A numeral: Arabic, or Chinese (两千吨). */
const SPOKEN_NUMERAL = /[\d一二两三四五六七八九十百千万]/u;

/**
 * An amount, a price and a date said in a message (鸭蛋每个月能出40万个左右，批发1块1到1块3一个，明年6月底前都有货;
 * 我们厂一年要收玉米两千吨左右，2700一吨，价格可以谈，到明年底都收): each from the first clause that says it, as written,
 * for the row's rules to read.
 */
export function spokenEntry(message: string): Partial<Record<ColumnField, string>> {
  const out: Partial<Record<ColumnField, string>> = {};
  for (const raw of halfWidth(message).split(/[，,；;。]/)) {
    const clause = raw.trim();
    if (!clause) continue;
    const date = /(?:到|至)?((?:明年|今年|后年|20\d{2}年)(?:\d{1,2}月)?(?:底|末)?)/.exec(clause)?.[1];
    if (date && out.validUntil === undefined) {
      out.validUntil = date;
      continue;
    }
    if (/^长期/.test(clause) && out.validUntil === undefined) {
      out.validUntil = '长期';
      continue;
    }
    const plain = clause.replace(SPOKEN_PERIOD, '');
    if (/\d\s*(?:元|块|毛|角)|\d一\p{Script=Han}/u.test(plain)) {
      const at = plain.search(/\d/);
      out.price ??= plain.slice(at);
      continue;
    }
    const at = plain.search(SPOKEN_NUMERAL);
    if (at >= 0 && out.quantity === undefined && /\p{Script=Han}/u.test(plain.slice(at + 1)))
      out.quantity = plain.slice(at);
  }
  return out;
}

/** A clause that says when, by its month: 明年3月底前要, 至2027年6月. */
const WHEN_SAID = /^(?:到|至|截至)?(?:明年|今年|后年|20\d{2}\s*年)?\d{1,2}\s*月/;
/** A sum of money alone: 预算2-3万元, 约5000元. */
const PRICE_ALONE = /\d[\d.]*\s*(?:-\s*\d[\d.]*)?\s*万?元(左右)?$/;
/** A clause that says a price: 18-22元/公斤, 0.6元/条左右, 价格面议. */
const PRICE_CLAUSE =
  /\d[\d.]*\s*(?:[-~～至]\s*\d[\d.]*)?\s*万?元\s*(?:\/|每)|^每\p{Script=Han}{1,3}(?:约)?\d[\d.]*\s*(?:[-~～至]\s*\d[\d.]*)?\s*万?元|面议|随行就市|按市场价/u;

/**
 * A listing written whole in one cell of a content column (供需内容 | 干辣椒（朝天椒）约80吨，18-22元/公斤，现货): a set
 * of cells per product it names (糍粑辣椒约50吨（价格面议）、油辣椒2万瓶（280克装，12-15元/瓶）), each with its amount and
 * the price said after it or in its brackets, the rest of the cell kept as the specification. Null when the cell
 * names no amount and no price.
 */
function contentItems(cells: Partial<Record<ColumnField, string>>): Partial<Record<ColumnField, string>>[] | null {
  const text = spoken(halfWidth(cells.title ?? ''))
    .replace(/[。.]\s*$/, '')
    .trim();
  if (!/\d/.test(text)) return null;
  const items: { title: string; quantity?: string; price?: string; notes: string[] }[] = [];
  // (each line of several a product of its own: 旅游观光车，6台，面议↵特色农产品伴手礼，5000套，80-150元/套)
  const lines = text.split(/\n/);
  const firsts = new Set<string>();
  const parts = lines.flatMap((line) => {
    const own = partsOf(line);
    // (not a name listed beside another with the amount they share: 闸阀、截止阀等阀门1.5万只)
    const next = own.length > 1 ? ITEM_AMOUNT.exec(own[1].trim()) : null;
    const shares = !!next && /\p{Script=Han}{2}/u.test(next[1]) && !AMOUNT_WORDS.test(next[1].trim());
    if (lines.length > 1 && own.length && !shares) firsts.add(own[0]);
    return own;
  });
  for (const raw of parts) {
    // 2027年鲜红辣椒订单约300吨: the year the listing is for, before its product
    let part = raw
      .replace(CONTENT_VERB, '')
      .replace(/^\d{4}年度?(产|新产|生产)?(?=\D)/, '')
      .replace(CONTENT_VERB, '')
      .trim();
    if (!part) continue;
    // 茶叶包装罐 5万个 2.5-4元/个, 2.脐橙礼盒 2万箱 60-80元/箱, 兽用疫苗 若干 面议: a whole entry on its line, its amount
    // and its price after the product (a price per day or month is the price's)
    const entry = lineEntry(part.replace(NUMBERED_LINE, ''));
    if (entry && (entry.quantity || !/^(价格|单价|报价|数量|规格)/.test(entry.title))) {
      items.push({ title: entry.title, quantity: entry.quantity, price: entry.price, notes: [] });
      continue;
    }
    // 约5000吨/年, 每月约300吨: the period the amount is for, kept with the amount
    const period = /(?:\/|每)(年|月|周|天)$/.exec(part)?.[1] ?? /每(年|月|周|天)(?=[^\d]*\d)/.exec(part)?.[1];
    part = part.replace(/(?:\/|每)(年|月|周|天)$/, '').replace(/每(年|月|周|天)(?=[^\d]*\d)/, '');
    const last = items[items.length - 1];
    // 明年3月底前要: when, said of the product before it
    if (last && WHEN_SAID.test(part)) {
      last.notes.push(part);
      continue;
    }
    // 香菇烘干机1台，预算2-3万元: the one piece's price
    if (last && /^预算/.test(part) && /^1\p{Script=Han}$/u.test(last.quantity ?? '') && PRICE_ALONE.test(part)) {
      last.price ??= `${part.replace(/^预算[:：]?(约|大约)?/, '')}/${last.quantity!.slice(1)}`;
      continue;
    }
    // 每公斤40-60元: a price said after the unit it is per
    const perFirst = /^每\p{Script=Han}{1,3}(?:约)?\d/u.test(part) && /元/.test(part);
    const m = perFirst ? null : ITEM_AMOUNT.exec(part);
    const priceHere = PRICE_CLAUSE.exec(part);
    // 冷库出租，可租面积1500平方米: a clause that gives the amount of the product before it
    if (m && last && last.quantity === undefined && AMOUNT_WORDS.test(m[1])) {
      last.quantity = m[3].replace(/\s+/g, '') + (period ? `/${period}` : '');
      continue;
    }
    if (
      m &&
      !PRICE_CLAUSE.test(part.slice(0, m[1].length + 2)) &&
      !/^\d/.test(m[1]) &&
      !/^\d[\d.]*\s*[-~～]/.test(part)
    ) {
      const note = m[4]?.slice(1, -1) ?? null;
      const inNote = note ? priceIn(note) : undefined;
      const quantity = m[3].replace(/\s+/g, '') + (period ? `/${period}` : '');
      items.push({ title: m[1].trim(), quantity, price: inNote, notes: note ? [note] : [] });
    } else if (priceHere && items.length) {
      const price = part.replace(/^(价格|单价|报价)[:：]?/, '');
      // 均0.6-0.8元/斤, 各3元/个: every item's that has none
      // 均0.6-0.8元/斤, or one price after products none of which has its own: every item's that has none
      if (/^(均|都|各|统一)/.test(price) || items.every((item) => item.price === undefined))
        for (const item of items) item.price ??= price.replace(/^(均|都|各|统一)/, '');
      else items[items.length - 1].price ??= price;
    } else if (last && last.quantity === undefined && AMOUNT_ALONE.test(part)) {
      last.quantity = part.replace(/^(约|年产|年供)/, '').replace(/\s+/g, '') + (period ? `/${period}` : '');
    } else if (
      !priceHere &&
      (!items.length || (firsts.has(raw) && /\p{Script=Han}{2}/u.test(part) && !/\d/.test(part)))
    )
      items.push({ title: part, notes: [] });
    else if (items.length) items[items.length - 1].notes.push(part);
  }
  if (!items.some((i) => i.quantity !== undefined || i.price !== undefined)) return null;
  return items
    .filter((i) => !takenBack(i.title, cells.remark))
    .map((i) => {
      const own: Partial<Record<ColumnField, string>> = { ...cells, title: i.title };
      if (i.quantity !== undefined) own.quantity = i.quantity;
      if (i.price !== undefined && cells.price === undefined) own.price = i.price;
      // 干辣椒200吨（现货，13元/斤，截至2027年2月底）: the item's own date
      const until =
        cells.validUntil === undefined
          ? (validitySaid(i.notes) ?? clauseDate(i.notes.join('，')) ?? i.notes.find((n) => WHEN_SAID.test(n)) ?? null)
          : null;
      if (until) own.validUntil = until;
      const notes = [cells.specification, ...i.notes].filter(Boolean);
      if (notes.length) own.specification = notes.join('；');
      return own;
    });
}

/** The remark takes back the row's offer or its demand alone (需求已撤回（企业12月3日电话告知），供应保留). */
function kindTakenBack(remark: string | undefined, kind: '供应' | '需求'): boolean {
  if (!remark) return false;
  const words = kind === '供应' ? '供应|供货|供给|销售' : '需求|采购|收购';
  return new RegExp(`(${words})[^，,；;。]{0,3}(已撤回|撤回|撤销|作废|已取消|取消)`).test(remark);
}

/** What a grade's columns may hold under its name: its amount, price, unit and terms, never the firm's or the product's. */
const GRADE_FIELDS = new Set<ColumnField>([
  'quantity',
  'unit',
  'price',
  'priceMin',
  'priceMax',
  'priceUnit',
  'validUntil',
]);
/** A block of a grade or product left empty: blank, a dash, 无. */
const EMPTY_BLOCK = /^([/／\-—–]*|无|暂无|没有|不需要|暂不需要)$/;

/**
 * Grades or products side by side (白砂糖（一级） | | 白砂糖（优级） | merged over 数量（吨） | 单价（元/吨） under
 * each, the firm's columns merged down beside them), as one list: the row under the names is the header,
 * with a 产品名称 column, and each firm row gives a row per grade it fills, named by the grade (its `block`).
 * A row that fills no grade (a 合计 under them, a firm with no amount) is kept once with no product.
 * Null unless two or more names each stand over the same run of amount and price columns.
 */
function gradesAsRows(table: readonly SheetRow[]): SheetRow[] | null {
  for (let h = 0; h + 1 < Math.min(table.length, HEADER_SEARCH_ROWS); h++) {
    const [upper, lower] = [table[h], table[h + 1]];
    if (lower.row !== upper.row + 1) continue;
    const up = (j: number) => (upper.cells[j] ?? '').trim();
    const sub = (j: number) => fieldOfHeader(lower.cells[j] ?? '');
    const grades: { name: string; columns: number[] }[] = [];
    for (let j = 0; j < upper.cells.length; j++) {
      const name = up(j);
      const field = sub(j);
      if (
        !name ||
        fieldOfHeader(name) !== null ||
        kindOfSheetName(name) ||
        !field ||
        !GRADE_FIELDS.has(field as ColumnField)
      )
        continue;
      const columns = [j];
      while (
        j + 1 < Math.max(upper.cells.length, lower.cells.length) &&
        (!up(j + 1) || up(j + 1) === name) &&
        GRADE_FIELDS.has(sub(j + 1) as ColumnField)
      )
        columns.push(++j);
      grades.push({ name, columns });
    }
    if (grades.length < 2) continue;
    const fieldsOf = (g: { columns: number[] }) => g.columns.map(sub).join();
    if (!grades.every((g) => fieldsOf(g) === fieldsOf(grades[0]) && /quantity|price/i.test(fieldsOf(g)))) continue;
    const inGrade = new Set(grades.flatMap((g) => g.columns));
    const width = Math.max(upper.cells.length, lower.cells.length);
    const shared = [...Array(width).keys()].filter((j) => !inGrade.has(j));
    const sharedHeader = shared.map((j) => up(j) || (lower.cells[j] ?? '').trim());
    const sharedFields = sharedHeader.map((c) => fieldOfHeader(c));
    // the firm's columns beside them, and no product column of its own
    if (!sharedFields.some((f) => f === 'enterpriseName' || f === 'creditCode') || sharedFields.includes('title'))
      continue;
    const out: SheetRow[] = table.slice(0, h).map((r) => ({ ...r }));
    out.push({
      row: lower.row,
      cells: [...sharedHeader, HEADER_OF.title, ...grades[0].columns.map((j) => lower.cells[j] ?? '')],
    });
    for (const r of table.slice(h + 2)) {
      if (oneText(r)) {
        out.push(oneText(r)!);
        continue;
      }
      const own = shared.map((j) => r.cells[j] ?? '');
      const filled = grades.filter((g) => g.columns.some((j) => !EMPTY_BLOCK.test((r.cells[j] ?? '').trim())));
      if (!filled.length) out.push({ row: r.row, cells: [...own, '', ...grades[0].columns.map(() => '')] });
      for (const g of filled)
        out.push({ row: r.row, block: g.name, cells: [...own, g.name, ...g.columns.map((j) => r.cells[j] ?? '')] });
    }
    return out;
  }
  return null;
}

/** A cell of a matrix that says an amount: 20, 1,200, 150（吨）, or words for one not yet known (少量, 待定). */
const MATRIX_AMOUNT = /^(\d[\d,.]*\s*[\p{Script=Han}A-Za-z]{0,3}|少量|待定|若干|不详|面议)$/u;
/** The label of a row of prices under a matrix's products: 参考价, 单价（元）. */
const PRICE_ROW = /^(参考价|参考价格|参考单价|单价|价格|市场价|出厂价|收购价)/;

/**
 * A matrix of firms by products (名称 | 统一社会信用代码 | 乡镇 | 核桃（吨） | 半夏（吨） | 黑山羊（只） …, each cell a firm's
 * amount of that product, blank where it has none), as one list: a row per filled cell with the firm's columns, the
 * product (its header without the unit), the amount and the header's unit, and the price a 参考价 row under the
 * header gives the product. Null unless three or more product columns, named by no field and giving a unit, hold
 * amounts under a header that names the firm.
 */
function matrixAsRows(table: readonly SheetRow[]): SheetRow[] | null {
  for (let h = 0; h < Math.min(table.length, HEADER_SEARCH_ROWS); h++) {
    const header = table[h].cells.map((c) => c.trim());
    const fields = header.map((c) => fieldOfHeader(c));
    const code = fields.indexOf('creditCode');
    if (code < 0) continue;
    // 名称 beside the code names the firm here, not a product
    if (!fields.includes('enterpriseName') && code > 0 && /^名称$/.test(header[code - 1]))
      fields[code - 1] = 'enterpriseName';
    if (!fields.includes('enterpriseName')) continue;
    const products = header.flatMap((c, j) =>
      c && fields[j] === null && headerUnit(c) && !kindOfSheetName(c) ? [j] : [],
    );
    if (products.length < 3) continue;
    const below = table.slice(h + 1);
    const priceRow = below[0] && PRICE_ROW.test(below[0].cells.find((c) => c.trim())?.trim() ?? '') ? below[0] : null;
    // (a note merged across the sheet is no firm's amounts)
    const filled = below
      .filter((r) => r !== priceRow && !oneText(r))
      .flatMap((r) => products.map((j) => (r.cells[j] ?? '').trim()).filter(Boolean));
    if (filled.length < 3 || filled.filter((v) => MATRIX_AMOUNT.test(halfWidth(v))).length < 0.8 * filled.length)
      continue;
    const others = header.map((_, j) => j).filter((j) => !products.includes(j));
    const out: SheetRow[] = table.slice(0, h).map((r) => ({ ...r }));
    out.push({
      row: table[h].row,
      cells: [
        ...others.map((j) => (fields[j] === 'enterpriseName' ? HEADER_OF.enterpriseName : header[j])),
        HEADER_OF.title,
        HEADER_OF.quantity,
        HEADER_OF.unit,
        HEADER_OF.price,
      ],
    });
    for (const r of below) {
      if (r === priceRow) continue;
      if (oneText(r)) {
        out.push(oneText(r)!);
        continue;
      }
      const own = others.map((j) => r.cells[j] ?? '');
      // (the signatures under the table, 填表人：… landing in a product's column, are no amount)
      const cells = products.filter(
        (j) => !EMPTY_BLOCK.test((r.cells[j] ?? '').trim()) && MATRIX_AMOUNT.test(halfWidth(r.cells[j].trim())),
      );
      if (!cells.length) out.push({ row: r.row, cells: [...own, ...products.map((j) => r.cells[j] ?? '')] });
      for (const j of cells) {
        const product = header[j].replace(/\s*[(（][^()（）]*[)）]\s*$/, '').trim();
        out.push({
          row: r.row,
          block: product,
          cells: [...own, product, r.cells[j].trim(), headerUnit(header[j])!, (priceRow?.cells[j] ?? '').trim()],
        });
      }
    }
    return out;
  }
  return null;
}

/**
 * Products numbered across a firm's row (主要产品1 | 年产能1 | 单位1 | 出厂价1 | 主要产品2 … | 主要原材料需求1 | 年需求量1 …,
 * a park's ledger), as one list: a row per numbered product the firm filled, with the firm's columns, the
 * kind its name or the group over it gives (主要原材料需求, 主要产品（可供应）; a firm's own products are what it
 * offers beside what it needs), its `block` the product's header. Null unless two or more numbered
 * products are found in a header (with the row above it, where the firm's columns are merged down).
 */
function numberedAsRows(table: readonly SheetRow[]): SheetRow[] | null {
  // (…or in the middle of it, as a questionnaire numbers its repeated questions: 8.供应产品1名称 | 9.供应产品1数量)
  const numbered = (c: string) => {
    const folded = foldHeader(c);
    // (产品1-产品名称 | 产品1-数量, a form's repeated group named before its question: the question)
    const m =
      /^(.+?)\s*[(（]?(\d{1,2})[)）]?$/.exec(folded) ??
      /^(.*?\p{Script=Han})(\d)([-－—_]?)(\p{Script=Han}.*)$/u.exec(folded);
    if (!m) return null;
    const stem = m[4] === undefined ? m[1] : m[3] ? m[4] : m[1] + m[4];
    const field = fieldOfHeader(stem);
    const kind = kindOfSheetName(stem);
    return { stem, n: m[2], field: field ?? (kind ? 'title' : null), kind };
  };
  for (let h = 0; h < Math.min(table.length, HEADER_SEARCH_ROWS); h++) {
    const cells = table[h].cells;
    // the group row over it (主要产品（可供应） | 主要原材料需求), not a title merged across the sheet
    const above = h > 0 && table[h - 1].row === table[h].row - 1 && !oneText(table[h - 1]) ? table[h - 1].cells : [];
    const groups: { n: string; label: string; kind: '供应' | '需求' | null; columns: Map<ColumnField, number> }[] = [];
    const inGroup = new Set<number>();
    cells.forEach((c, j) => {
      const cell = numbered(c);
      if (!cell || !cell.field || cell.field === 'ignore') return;
      const last = groups[groups.length - 1];
      // (a group's questions before its product's name are its own too: 产品1-供应还是需求 | 产品1-产品名称)
      const open = last && last.n === cell.n && !last.columns.has(cell.field) ? last : null;
      if (cell.field === 'title') {
        const kind = cell.kind ?? kindOfSheetName((above[j] ?? '').trim());
        if (open) Object.assign(open, { label: c.trim(), kind }).columns.set('title', j);
        else groups.push({ n: cell.n, label: c.trim(), kind, columns: new Map([['title', j]]) });
      } else if (open) open.columns.set(cell.field, j);
      else if (!last || last.n !== cell.n)
        groups.push({ n: cell.n, label: '', kind: null, columns: new Map([[cell.field, j]]) });
      else return;
      inGroup.add(j);
    });
    // (a run of numbered columns with no product's name is no product: 年产值1 | 年产值2)
    for (let k = groups.length - 1; k >= 0; k--)
      if (!groups[k].columns.has('title')) {
        for (const j of groups[k].columns.values()) inGroup.delete(j);
        groups.splice(k, 1);
      }
    if (groups.length < 2 || new Set(groups.map((g) => g.n)).size < 2) continue;
    const width = Math.max(cells.length, above.length);
    const shared = [...Array(width).keys()].filter((j) => !inGroup.has(j));
    const sharedHeader = shared.map((j) => (cells[j] ?? '').trim() || (above[j] ?? '').trim());
    const sharedFields = sharedHeader.map((c) => fieldOfHeader(c));
    if (!sharedFields.some((f) => f === 'enterpriseName' || f === 'creditCode') || sharedFields.includes('title'))
      continue;
    // a firm's own products are what it offers, where its other numbered columns are what it needs
    const needs = groups.some((g) => g.kind === '需求');
    for (const g of groups) g.kind ??= needs ? '供应' : null;
    const withKind = !sharedFields.includes('kind') && groups.some((g) => g.kind);
    const order = [...new Set(groups.flatMap((g) => [...g.columns.keys()]))];
    // each field's header as the first product's (出厂价（元/吨）: its unit kept), without its number
    const headerOf = (f: ColumnField) => {
      const at = groups.find((g) => g.columns.has(f))!.columns.get(f)!;
      return numbered(cells[at])!.stem;
    };
    const out: SheetRow[] = table.slice(0, Math.max(0, above.length ? h - 1 : h)).map((r) => ({ ...r }));
    out.push({
      row: table[h].row,
      cells: [...sharedHeader, ...(withKind ? [HEADER_OF.kind] : []), ...order.map(headerOf)],
    });
    for (const r of table.slice(h + 1)) {
      if (oneText(r)) {
        out.push(oneText(r)!);
        continue;
      }
      const own = shared.map((j) => r.cells[j] ?? '');
      const filled = groups.filter((g) => {
        const title = (r.cells[g.columns.get('title')!] ?? '').trim();
        return !EMPTY_BLOCK.test(title) && !NOTHING_WRITTEN.test(title);
      });
      if (!filled.length) out.push({ row: r.row, cells: own });
      for (const g of filled)
        out.push({
          row: r.row,
          block: g.label,
          cells: [
            ...own,
            ...(withKind ? [g.kind ?? ''] : []),
            ...order.map((f) => (g.columns.has(f) ? (r.cells[g.columns.get(f)!] ?? '') : '')),
          ],
        });
    }
    return out;
  }
  return null;
}

/**
 * A list whose firms are named in rows of their own above their products (一、贵州赫章可乐火腿食品有限公司（统一社会
 * 信用代码：91520527314271095K；联系人：陈国强 13885765501）), with no firm column: each product row is given its
 * firm's name, code and contact in columns of their own; the firm's row is kept as a note. Null unless the
 * header has a product column and no firm column, and a row below it names a firm with its code.
 */
function firmSectionsAsColumns(table: readonly SheetRow[]): SheetRow[] | null {
  const h = table.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => {
    const fields = new Set(r.cells.map((c) => fieldOfHeader(c)).filter((f) => f && f !== 'ignore'));
    return fields.has('title') && fields.size >= 3;
  });
  if (h < 0) return null;
  const fields = table[h].cells.map((c) => fieldOfHeader(c));
  if (fields.includes('enterpriseName') || fields.includes('creditCode')) return null;
  const firmOf = (r: SheetRow) => {
    const text = oneText(r)?.cells[0];
    const code = text ? /(?<![0-9A-Z])([0-9A-Z]{18})(?![0-9A-Z])/i.exec(text) : null;
    if (!text || !code) return null;
    const name = text
      .replace(/^\s*([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])\s*/, '')
      .split(/[(（:：;；,，\s]/)[0];
    const contact = /联系人[:：]?\s*([\u4e00-\u9fa5]{2,4})/.exec(text)?.[1] ?? '';
    const phone = /(?<!\d)(1\d{10}|0\d{2,3}-?\d{7,8})(?!\d)/.exec(text.replace(code[1], ''))?.[1] ?? '';
    return name ? [name, code[1], contact, phone] : null;
  };
  if (!table.slice(h + 1).some((r) => firmOf(r))) return null;
  const width = table[h].cells.length;
  const titleAt = fields.indexOf('title');
  const header = [...table[h].cells, HEADER_OF.enterpriseName, HEADER_OF.creditCode, '联系人', '联系电话'];
  const out: SheetRow[] = [...table.slice(0, h).map((r) => ({ ...r })), { row: table[h].row, cells: header }];
  let firm: string[] | null = null;
  for (const r of table.slice(h + 1)) {
    if (oneText(r) && !firmOf(r)) {
      out.push(oneText(r)!);
      continue;
    }
    const named = firmOf(r);
    if (named) {
      firm = named;
      out.push(oneText(r)!);
      continue;
    }
    const title = (r.cells[titleAt] ?? '').trim();
    const own = [...r.cells.slice(0, width), ...Array<string>(Math.max(0, width - r.cells.length)).fill('')];
    // the header again (a firm's own part of the list) is the header again; a 小计 under it is no product
    const again = r.cells.map((c) => c.trim()).join() === table[h].cells.map((c) => c.trim()).join();
    out.push(widened(r, width, again ? header : firm && title && !SUMMARY.test(title) ? [...own, ...firm] : own));
  }
  return out;
}

interface FirmDirectory {
  sheet: { name: string };
  /** The one entry a name as a list writes it (its full name, or a short one: 黔东建设, 夹石页岩砖厂) stands for; null if none or several. */
  find(name: string): { name: string; code: string; place: string | null } | null;
}

/** A firm's name without its county and legal form: 沿河土家族自治县夹石新型建材有限公司 → 夹石新型建材. */
function firmCore(name: string): string {
  return halfWidth(name)
    .replace(/\s+/g, '')
    .replace(/[(（][^()（）]*[)）]/g, '')
    .replace(/^贵州省?/, '')
    .replace(/^[\u4e00-\u9fa5]{1,7}?(自治县|自治州|县|市|区)(?=[\u4e00-\u9fa5]{2})/, '')
    .replace(/(股份有限公司|有限责任公司|有限公司|公司|农民专业合作社|专业合作社|合作社|厂|店)$/, '');
}

/** Words of a trade or a legal form, which a short name shares with many firms: no evidence of which firm it is. */
const TRADE_WORDS =
  /玻璃|包装|印刷|科技|技术|新型建材|建材|材料|食品|茶业|茶叶|酒业|酒厂|农业|农产品|商贸|贸易|建设|工程|制品|电子|实业|发展|投资|物流|超市|种植|养殖|专业|合作|开发|生态|服务|加工|制造|信息|能源|化工|矿业|煤业|水泥|钢铁|机械|设备|医药|药业|果业|特色|产业|有限|公司|集团|股份|贵州/g;

/**
 * The longest run of characters two texts share whose characters outside trade words number two at least
 * (黔北玻璃 has 黔北; 玻璃包装 has none): its length, or 0.
 */
function distinctiveShared(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (a[i + k] !== undefined && a[i + k] === b[j + k]) k++;
      if (k > best && a.slice(i, i + k).replace(TRADE_WORDS, '').length >= 2) best = k;
    }
  return best;
}

/**
 * The workbook's firm directory: a sheet of firms with their codes (企业名录: 企业名称 | 统一社会信用代码, no kind,
 * product amount or price), or null. A list that names a firm without its code takes the code of the one
 * entry its name stands for: the same name, or the entry that shares the longest run of its name's core
 * (two characters at least) with no other entry sharing as long a one.
 */
function firmDirectory(sheets: readonly Sheet[]): FirmDirectory | null {
  for (const sheet of sheets) {
    // the sheet's header: its first row that names two fields in cells short enough for a header
    const headerFields = (r: SheetRow) =>
      r.cells.map((c) => (c.trim() && [...c.trim()].length <= 12 ? fieldOfHeader(c) : null));
    const h = sheet.rows
      .slice(0, 10)
      .findIndex((r) => new Set(headerFields(r).filter((f) => f && f !== 'ignore')).size >= 2);
    if (h < 0) continue;
    const named = headerFields(sheet.rows[h]);
    if (
      !named.includes('enterpriseName') ||
      !named.includes('creditCode') ||
      named.some((f) => f === 'kind' || f === 'quantity' || f === 'price' || f === 'priceMin') ||
      // a product column, or one named by a kind (可对外供应), makes it a list, unless the sheet is named a
      // directory (企业名录 | 主营产品)
      ((named.includes('title') || sheet.rows[h].cells.some((c) => kindOfSheetName(c.trim()) !== null)) &&
        !/名录|名单|目录|名册|企业信息/.test(sheet.name))
    )
      continue;
    const headers = sheet.rows[h].cells.map((c) => c.trim());
    const fields = headers.map((c) => fieldOfHeader(c));
    // 简称 | 企业全称: the short name a list writes, beside the full one
    const shortAt = headers.findIndex((c) => /简称/.test(c));
    const nameAt = fields.findIndex((f, j) => f === 'enterpriseName' && j !== shortAt);
    const at = (f: ColumnField) => fields.indexOf(f);
    const firms = sheet.rows
      .slice(h + 1)
      .map((r) => ({
        name: (r.cells[nameAt] ?? '').trim(),
        short: shortAt >= 0 ? (r.cells[shortAt] ?? '').trim() : '',
        code: (r.cells[at('creditCode')] ?? '').trim(),
        place: at('regionCode') >= 0 ? (r.cells[at('regionCode')] ?? '').trim() || null : null,
      }))
      .filter((f) => f.name && f.code);
    // a directory's codes are codes (a form's label rows are no directory); one firm is a directory when the sheet says so
    const directoryNamed = /名录|名单|目录|名册|企业信息/.test(sheet.name);
    if (
      firms.length < (directoryNamed ? 1 : 2) ||
      firms.filter((f) => CODE_LIKE.test(f.code.replace(/\s+/g, ''))).length < 0.8 * firms.length
    )
      continue;
    const squeeze = (t: string) => t.replace(/\s+/g, '');
    return {
      sheet,
      find(name: string) {
        const written = squeeze(name);
        // the same full name or the 简称 the directory gives it
        const same = firms.filter((f) => squeeze(f.name) === written || (f.short && squeeze(f.short) === written));
        if (same.length) return same.length === 1 ? same[0] : null;
        // else the one entry sharing the longest run of the name's core (黔东建设 of 贵州沿河黔东建设工程有限公司), where
        // that run says more than a trade (玻璃, 包装科技 name no firm): two characters at least once such words are
        // taken out, and no other entry sharing as long a run
        const core = firmCore(written);
        const scored = firms
          .map((f) => ({ f, n: distinctiveShared(core, firmCore(f.name)) }))
          .sort((a, b) => b.n - a.n);
        if (!scored.length || scored[0].n < 2 || (scored[1] && scored[1].n === scored[0].n)) return null;
        return scored[0].f;
      },
    };
  }
  return null;
}

/** A firm's name a title opens with (晴隆某锑业有限公司2027年原辅材料采购需求). */
const FIRM_OPENING = /^(.{4,40}?(?:有限责任公司|股份有限公司|有限公司|公司|合作社|厂|中心|研究院|研究所|大学|学院))/;

/**
 * What rows of label and value say (企业名称： | 贵州净团茶业有限公司, or 企业名称：X  统一社会信用代码：Y in one cell,
 * 联系人：王磊（采购部）  电话：151…), by field; a code written in a title (…采购需求（统一社会信用代码：…）) too,
 * and the firm that title opens with.
 */
function labelledAbove(rows: readonly SheetRow[]): Map<ColumnField, string> {
  const found = new Map<ColumnField, string>();
  const keep = (f: ColumnField | 'ignore' | null, value: string) => {
    const v = value.replace(/^[\s:：]+|[\s,，;；。]+$/g, '');
    if (f && f !== 'ignore' && FORM_FIELDS.includes(f) && v && !found.has(f)) found.set(f, v);
  };
  for (const r of rows) {
    for (const cell of new Set(r.cells.map((c) => c.trim()).filter(Boolean))) {
      // each 标签： up to the next one, or to a gap of two spaces
      const labels = [...cell.matchAll(/([\p{Script=Han}A-Za-z（）()]{2,12})[：:]/gu)];
      labels.forEach((m, i) => {
        const from = m.index + m[0].length;
        const to = i + 1 < labels.length ? labels[i + 1].index : cell.length;
        const value = cell.slice(from, to).split(/[\s\u3000]{2,}|\u3000/)[0];
        // （统一社会信用代码：…） in a title: the bracket it closes is not the value's
        keep(fieldOfHeader(m[1].replace(/^[（(]/, '')), /[（(]/.test(value) ? value : value.replace(/[）)]+$/, ''));
      });
      // 晴隆某锑业有限公司2027年原辅材料采购需求（统一社会信用代码：…）: the firm its title opens with
      if (!found.has('enterpriseName') && found.has('creditCode') && cell.includes(found.get('creditCode')!)) {
        const name = FIRM_OPENING.exec(cell)?.[1];
        if (name && !/[：:]/.test(name)) found.set('enterpriseName', name);
      }
    }
    // 企业名称 | 贵州净团茶业有限公司 in cells of their own
    for (const [f, v] of formLabels(r.cells)) if (!/[：:]/.test(v)) keep(f, v);
  }
  // 三都某酒业有限责任公司产品供应清单 over a line of labels that names the code alone: the firm the title opens with
  if (found.has('creditCode') && !found.has('enterpriseName'))
    for (const r of rows) {
      const name = FIRM_OPENING.exec(oneText(r)?.cells[0] ?? '')?.[1];
      if (name && !/[：:]/.test(name)) {
        found.set('enterpriseName', name);
        break;
      }
    }
  return found;
}

/**
 * A list of one firm's products with the firm named above its header (企业名称：… | 统一社会信用代码：… on label rows,
 * or in the title): each product row is given the firm's name, code, place and contact in columns of their own.
 * Null unless the header has a product column and no firm column, and the rows above it give the firm's code
 * or name.
 */
function firmAboveAsColumns(table: readonly SheetRow[]): SheetRow[] | null {
  const h = table.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => {
    const fields = new Set(r.cells.map((c) => fieldOfHeader(c)).filter((f) => f && f !== 'ignore'));
    return fields.has('title') && fields.size >= 3;
  });
  if (h <= 0) return null;
  const fields = table[h].cells.map((c) => fieldOfHeader(c));
  if (fields.includes('enterpriseName') || fields.includes('creditCode')) return null;
  const firm = labelledAbove(table.slice(0, h));
  if (!firm.has('creditCode') && !firm.has('enterpriseName')) return null;
  const added = (['enterpriseName', 'creditCode', 'regionCode', 'contactName', 'contactPhone'] as const).filter(
    (f) => firm.has(f) && !fields.includes(f),
  );
  const width = table[h].cells.length;
  const out: SheetRow[] = table.slice(0, h).map((r) => ({ ...r }));
  out.push({ row: table[h].row, cells: [...table[h].cells, ...added.map((f) => HEADER_OF[f])] });
  for (const r of table.slice(h + 1)) {
    const texts = new Set(r.cells.map((c) => c.trim()).filter(Boolean));
    // (a 合计 merged over the product's columns is the sheet's total: not given the firm; nor a form's footer)
    if (texts.size < 2 || SUMMARY.test([...texts][0]) || formFooter([...texts])) {
      out.push({ ...r });
      continue;
    }
    const own = [...r.cells.slice(0, width), ...Array<string>(Math.max(0, width - r.cells.length)).fill('')];
    out.push(widened(r, width, [...own, ...added.map((f) => firm.get(f)!)]));
  }
  return out;
}

/** The side a firm column of a pair names: 供方企业, 供应方名称, 卖方 → 供应; 需方信用代码, 采购方, 买方单位 → 需求. */
function sideOf(header: string): '供应' | '需求' | null {
  const h = header.replace(/\s+/g, '');
  if (/^(供方|供应方|供货方|卖方|销售方|出让方)/.test(h)) return '供应';
  if (/^(需方|需求方|采购方|买方|购买方|收购方)/.test(h)) return '需求';
  return null;
}

/**
 * A list of pairs (供方企业 | 供方信用代码 | 需方企业 | 需方信用代码 | 产品 | 意向数量 …: a docking round's intentions), as a
 * list: each row gives the supplier's offer and the buyer's demand of the one product, each with its own firm
 * (`block` 供应 / 需求). Null unless the header names a firm of each side and one product column.
 */
function pairsAsRows(table: readonly SheetRow[]): SheetRow[] | null {
  const h = table.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => {
    const fields = r.cells.map((c) => fieldOfHeader(c));
    return fields.filter((f) => f === 'title').length === 1 && fields.includes('enterpriseName');
  });
  if (h < 0) return null;
  const header = table[h].cells;
  const fields = header.map((c) => fieldOfHeader(c));
  const firmish = (f: ColumnField | 'ignore' | null) => f === 'enterpriseName' || f === 'creditCode';
  const sides = header.map((c, j) => (firmish(fields[j]) ? sideOf(c.trim()) : null));
  const supplyAt = sides.flatMap((k, j) => (k === '供应' ? [j] : []));
  const demandAt = sides.flatMap((k, j) => (k === '需求' ? [j] : []));
  const named = (at: number[]) =>
    at.some((j) => fields[j] === 'enterpriseName') || at.some((j) => fields[j] === 'creditCode');
  if (!named(supplyAt) || !named(demandAt) || fields.includes('kind')) return null;
  const shared = header.map((_, j) => j).filter((j) => sides[j] === null);
  const firmHeader = (at: number[]) =>
    at.map((j) => (fields[j] === 'creditCode' ? HEADER_OF.creditCode : HEADER_OF.enterpriseName));
  const out: SheetRow[] = table.slice(0, h).map((r) => ({ ...r }));
  out.push({ row: table[h].row, cells: [HEADER_OF.kind, ...firmHeader(supplyAt), ...shared.map((j) => header[j])] });
  for (const r of table.slice(h + 1)) {
    const own = shared.map((j) => r.cells[j] ?? '');
    const side = (at: number[]) => at.map((j) => r.cells[j] ?? '');
    const given = (at: number[]) => side(at).some((c) => c.trim() && !EMPTY_BLOCK.test(c.trim()));
    if (oneText(r) || (!given(supplyAt) && !given(demandAt))) {
      out.push({ row: r.row, cells: ['', ...side(supplyAt), ...own] });
      continue;
    }
    if (given(supplyAt)) out.push({ row: r.row, block: '供应', cells: ['供应', ...side(supplyAt), ...own] });
    if (given(demandAt)) {
      // the demand's firm columns in the supply's order (企业名称 then 信用代码, as the header reads)
      const cells = firmHeader(supplyAt).map((name) => {
        const j = demandAt.find(
          (k) => (fields[k] === 'creditCode' ? HEADER_OF.creditCode : HEADER_OF.enterpriseName) === name,
        );
        return j === undefined ? '' : (r.cells[j] ?? '');
      });
      out.push({ row: r.row, block: '需求', cells: ['需求', ...cells, ...own] });
    }
  }
  return out;
}

/** What follows a kind word inside a firm's name: 有限公司 of 茶机销售有限公司, 链管理有限公司 of 供应链管理有限公司. */
const ORGANISATION_AFTER =
  /^\p{Script=Han}{0,4}?(有限责任公司|有限公司|股份公司|公司|合作社|经营部|商行|门市部|中心|厂)/u;

/** The 接龙's own example, its first line: 1. 例：某公司…. */
const EXAMPLE_ENTRY = /^\d{1,3}\s*[.、．]\s*(例|示例|样例|范例)[：:]/;

/** An entry of a WeChat 接龙 as pasted: its number, then the firm (18. 某公司…, 19、某合作社…). */
const PASTED_ENTRY = /^\d{1,3}\s*[.、．]\s*\S*\p{Script=Han}{2}/u;

/**
 * A text that is one firm's entry, the 接龙's example among them (1. 例：某公司…有效期至2027年4月30日): its validity is
 * that entry's, not the list's, unlike a numbered note's (2.本清单信息有效期至2027年12月31日).
 */
function saysOneEntry(text: string): boolean {
  return EXAMPLE_ENTRY.test(text) || (PASTED_ENTRY.test(text) && listingsOfSentence(text) !== null);
}

/**
 * The rows under a header with their 接龙 entries joined: an entry pasted over several one-cell rows (19. 某公司（9152…）↵
 * 供：桶装山泉水…↵需：瓶坯…↵有效期：…) as one row holding the whole entry, its lines joined by ；. Rows of more cells,
 * and one-cell rows that say no part of an entry (合计, 注：…, 县商务局（盖章）), stay as they are.
 */
/** A line of a 接龙 entry after its first: what it offers or needs, or its validity and contact (供：…, 有效期：…). */
const ENTRY_LINE = /^(供应?|需求?|另|有效期|联系|价格|数量|规格|地址|电话)/;

function pastedEntries(rows: readonly SheetRow[]): SheetRow[] {
  const out: SheetRow[] = [];
  const only = (r: SheetRow) => {
    const texts = r.cells.map((c) => c.trim()).filter(Boolean);
    return texts.length === 1 ? texts[0] : null;
  };
  let open: { at: number; text: string } | null = null;
  for (const r of rows) {
    const text = only(r);
    const continues = text !== null && open !== null && ENTRY_LINE.test(text);
    if (continues) {
      open!.text += `；${text}`;
      const first = out[open!.at];
      out[open!.at] = { ...first, cells: first.cells.map((c) => (c.trim() ? open!.text : c)) };
      continue;
    }
    open = text !== null && PASTED_ENTRY.test(text) ? { at: out.length, text } : null;
    out.push(r);
  }
  return out;
}

/** A clause that is an amount alone (10万桶/年, 约500吨). */
const AMOUNT_ALONE = /^(?:约|年产|年供)?\d[\d.,]*\s*[万亿千]?\s*\p{Script=Han}{1,3}(?:\/[年月])?$/u;

/** A date that opens a clause, with nothing but 前, 止 or 有效 after it before a space (2027.3.31前, 至2027年底, 长期). */
const CLAUSE_DATE =
  /^(?:至|到|截至|截止)?\s*(20\d{2}\s*(?:年\s*(?:底|末)|(?:年|[-./])\s*(?:1[0-2]|0?[1-9])\s*(?:月|[-./])?\s*(?:\d{1,2}\s*日?|底|末)?))\s*(?:前|止|以前|之前)?\s*(?:有效)?(?=\s|$)|^(长期)(?:有效)?(?=\s|$)/;

function clauseDate(sentence: string): string | null {
  for (const clause of sentence.split(/[，,；;]/)) {
    const m = CLAUSE_DATE.exec(clause.trim());
    if (m) return (m[1] ?? m[2]).replace(/\s+/g, '');
  }
  return null;
}

/** A kind said in a sentence: 供应, 出售, 供： | 需求：收购, 求购, 采购, 需： (the words together said once). */
const SENTENCE_KIND =
  /(?:另|并)?(供应|供给|出售|销售|需求|求购|收购|采购|供(?=\s*[：:]|\s+\p{Script=Han})|需(?=\s*[：:]|\s+\p{Script=Han})|(?<=[：:]\s*)需(?![要求])(?=\p{Script=Han}))\s*[：:]?\s*(?:(?:收购|采购|购买|需要)\s*)?/gu;

/**
 * A listing written as one sentence, as a township pastes it from a document: 1.某合作社（93522732…）供应水晶葡萄200吨，价格6-8元/斤，
 * 有效期至2027年9月30日，联系人：韦某 138…。 Its cells by field, one set per kind it says (…供应水晶葡萄150吨…；另需求复合肥30吨);
 * null when it names no kind or no firm.
 */
function listingsOfSentence(text: string): Partial<Record<ColumnField, string>>[] | null {
  const s = halfWidth(text)
    .replace(/^\s*\d+\s*[.、．]\s*[,，]?\s*/, '')
    .replace(/[。.]\s*$/, '')
    .trim();
  const lead = /^(需求|供应|供给)[：:]\s*/.exec(s);
  const from = lead ? lead[0].length : 0;
  // the first kind after the firm, then each that opens a clause of its own (…；另需求复合肥30吨), not one inside a
  // clause (用于线上店铺销售, 收购价3.2元/斤)
  const kinds = [...s.matchAll(SENTENCE_KIND)]
    .filter((k) => k.index >= from)
    // (none in the firm's name: 某茶机销售有限公司, 某供应链管理有限公司)
    .filter((k) => !ORGANISATION_AFTER.test(s.slice(k.index + k[0].length)))
    .filter((k, i) => i === 0 || /^(另|并)/.test(k[0]) || /[；;。]\s*$/.test(s.slice(0, k.index)))
    .filter((k) => !/^价/.test(s.slice(k.index + k[0].length)));
  if (!kinds.length) return null;
  const code = /(?<![0-9A-Za-z])([0-9A-Za-z]{18})(?![0-9A-Za-z])/.exec(s)?.[1];
  // the firm: what comes before its code's bracket, or before the first kind (需求：某公司… names it after)
  const before = s.slice(from, kinds[0].index);
  const firm = before
    .replace(/[(（][^()（）]*$/, '')
    .replace(/[(（](统一社会信用代码|信用代码)?[:：]?\s*[0-9A-Za-z]{18}[)）]/, '')
    // (a code written bare after the name, 某公司 9152…; the ； an entry's lines were joined by)
    .replace(/\s+[0-9A-Za-z]{18}\s*$/, '')
    // (an entry added later, 某公司 补：需…)
    .replace(/\s*(补报?|新增|追加|更正)[:：]\s*$/, '')
    .replace(/[,，;；\s]+$/, '')
    .trim();
  // a firm the sentence names as one (…合作社, …有限公司), or with its code: a title's 供需信息汇总表 names none
  if (!firm || [...firm].length > 60 || !(code || ORGANISATION.test(firm.replace(/[(（][^()（）]*[)）]$/, ''))))
    return null;
  const part = (pattern: RegExp) => pattern.exec(s)?.[1]?.trim();
  const shared: Partial<Record<ColumnField, string>> = {
    enterpriseName: firm,
    ...(code ? { creditCode: code } : {}),
    ...(part(/有效期(?:至|到)?[:：]?\s*([^，,；;。\s]+)/)
      ? { validUntil: part(/有效期(?:至|到)?[:：]?\s*([^，,；;。\s]+)/) }
      : {}),
    ...(part(/联系人[:：]?\s*(?:村委会)?([\p{Script=Han}]{1,4})/u)
      ? { contactName: part(/联系人[:：]?\s*(?:村委会)?([\p{Script=Han}]{1,4})/u) }
      : {}),
    ...(part(/(?<!\d)(1[3-9]\d{9}|0\d{2,3}-\d{7,8})(?!\d)/)
      ? { contactPhone: part(/(?<!\d)(1[3-9]\d{9}|0\d{2,3}-\d{7,8})(?!\d)/) }
      : {}),
    remark: s,
  };
  if (/长期有效/.test(s) && !shared.validUntil) shared.validUntil = '长期';
  // a date said in a clause of its own, without 有效期 (…，2027.3.31前 王某; …，至2027年底; 面议，长期 陈某)
  const dated = shared.validUntil ? null : clauseDate(s);
  if (dated) shared.validUntil = dated;
  const out: Partial<Record<ColumnField, string>>[] = [];
  kinds.forEach((k, i) => {
    const end = i + 1 < kinds.length ? kinds[i + 1].index : s.length;
    // what the sentence says after the kind word, up to the next kind
    const span = s.slice(k.index + k[0].length, end);
    // what the kind is of: up to the first comma outside brackets or a space before words (水晶葡萄200吨;
    // 九阡酒（传统甜型，15%vol）2万瓶; 水晶葡萄 100吨 价格：5-7元/斤)
    const parts = partsOf(span.replace(/\s+(?=\d)/g, ''));
    const said = parts[0]
      ?.replace(/^[:：]/, '')
      .split(/\s+/)[0]
      .trim();
    if (!said) return;
    // 毛尖礼盒，1万盒: the amount in the clause after the product; 桶装山泉水18.9L，10万桶/年: the number in the name is
    // its size (in letters: L, ml, kg), the amount the clause after it
    const next = parts[1]?.trim();
    const own = ITEM_AMOUNT.exec(said)?.[3];
    const sized =
      next && AMOUNT_ALONE.test(next) && !/元/.test(next) && (!own || /^[\d.,]+\s*[A-Za-z]+$/.test(own)) ? next : null;
    // 需求：某公司（…）收购…: the kind the sentence opens with
    const word = i === 0 && lead ? lead[1] : k[1];
    const kind = /^供|出售|销售/.test(word) ? '供应' : '需求';
    // 550ml瓶坯 800万只 0.12-0.15元/只: the product, its amount and its price, written with spaces between
    const inline = INLINE_ENTRY.exec(
      span
        .split(
          /[;；。]|\s+(?=有效期|联系|长期|至\s*20\d{2}|20\d{2}\s*[-./年]|[\p{Script=Han}*＊]{1,4}\s+(?:1[3-9]\d|0\d{2,3}-))/u,
        )[0]
        .replace(/^[:：]/, '')
        .trim(),
    );
    const items = (inline ? [{ name: inline[1].trim(), amount: inline[2].replace(/\s+/g, ''), note: null }] : null) ??
      (sized ? [{ name: said, amount: sized.replace(/^(约|年产|年供)/, ''), note: null }] : null) ??
      itemsOf(said) ?? [
        ((m) =>
          m
            ? { name: m[1].trim(), amount: m[3].replace(/\s+/g, ''), note: m[4]?.slice(1, -1) ?? null }
            : { name: said, amount: null, note: null })(ITEM_AMOUNT.exec(said)),
      ];
    // the price said after it: 价格6-8元/斤, 6元/斤, 单价1.8-2.5元/个, 价格面议 (in its own clause: another product of
    // the same kind may follow after a ；, 供：揉捻机20台，1.2-3.8万元/台；生产线2条，价格面议)
    const [first, ...more] = span.split(/[;；]/);
    const price = inline ? inline[3] : priceIn(first);
    for (const item of items)
      out.push({
        ...shared,
        kind,
        title: item.name,
        ...(item.amount ? { quantity: item.amount } : {}),
        ...(item.note ? { specification: item.note } : {}),
        ...(price ? { price } : {}),
      });
    for (const clause of more) {
      const part = partsOf(clause.trim())[0]?.trim();
      const m = part && !ENTRY_LINE.test(part) ? ITEM_AMOUNT.exec(part) : null;
      if (!m) continue;
      const its = priceIn(clause);
      out.push({
        ...shared,
        kind,
        title: m[1].trim(),
        quantity: m[3].replace(/\s+/g, ''),
        ...(its ? { price: its } : {}),
      });
    }
  });
  return out.length ? out : null;
}

/**
 * A sheet of listings written as sentences, one to a row (pasted from a township's document), with no header:
 * a list whose rows are the sentences read (listingsOfSentence), the other rows kept as notes. Null when a header
 * is found, or fewer than three rows read as listings.
 */
function sentencesAsList(table: readonly SheetRow[]): SheetRow[] | null {
  if (findHeader([...table])) return null;
  const fields: ColumnField[] = [
    'enterpriseName',
    'creditCode',
    'kind',
    'title',
    'quantity',
    'price',
    'validUntil',
    'contactName',
    'contactPhone',
    'specification',
    'remark',
  ];
  const read = table.map((r) => {
    const text = r.cells
      .map((c) => c.trim())
      .filter(Boolean)
      .join('，');
    return text.length > 12 ? listingsOfSentence(text) : null;
  });
  if (read.filter(Boolean).length < 3) return null;
  const out: SheetRow[] = [{ row: 0, cells: fields.map((f) => HEADER_OF[f]) }];
  table.forEach((r, i) => {
    const listings = read[i];
    // (a row read as no listing is kept whole in the remark's column, where the list's rules see a note)
    if (!listings) out.push({ row: r.row, cells: fields.map((f) => (f === 'remark' ? noteOf(r).cells[0] : '')) });
    else
      listings.forEach((l, k) =>
        out.push({
          row: r.row,
          ...(listings.length > 1 ? { block: `第${k + 1}项` } : {}),
          cells: fields.map((f) => l[f] ?? ''),
        }),
      );
  });
  return out;
}

/**
 * A list turned on its side (企业名称 | 信用代码 | 产品 | 数量 … down the first column, each firm a column to its
 * right, printed so), as a list: the labels are the header and each firm's column a row, numbered by the
 * column (B = 2). Rows above the labels (a title) stay where they are; rows below them (注：…) are notes.
 * Null unless the labels name the firm and the product and no row reads as a header across.
 */
function columnsAsRows(table: readonly SheetRow[]): SheetRow[] | null {
  const rows = table.slice(0, HEADER_SEARCH_ROWS + 20);
  // the most fields a row names across (a header's; a firm's remarks may read as two or three)
  const across = Math.max(
    ...rows.map((r) => new Set(r.cells.map((c) => fieldOfHeader(c)).filter((f) => f && f !== 'ignore')).size),
  );
  const at = (r: SheetRow) => r.cells.findIndex((c) => c.trim() !== '');
  const label = (r: SheetRow) => {
    const j = at(r);
    const text = j >= 0 ? r.cells[j].trim() : '';
    const f = text && [...text].length <= 12 ? fieldOfHeader(text) : null;
    // a title merged across the sheet repeats its text in every cell: no label
    const rest = r.cells.slice(j + 1).map((c) => c.trim());
    return f && rest.some((c) => c && c !== text) ? { j, f } : null;
  };
  const labelled = rows.map((r, i) => ({ i, l: label(r) })).filter((x) => x.l !== null);
  if (labelled.length < 3) return null;
  const first = labelled[0].i;
  const last = labelled[labelled.length - 1].i;
  const column = labelled[0].l!.j;
  const block = table.slice(first, last + 1).filter((r) => at(r) === column && label(r));
  const fields = new Set(block.map((r) => label(r)!.f).filter((f) => f !== 'ignore'));
  if (!(fields.has('enterpriseName') || fields.has('creditCode')) || !fields.has('title') || fields.size <= across)
    return null;
  const width = Math.max(...block.map((r) => r.cells.length));
  const out: SheetRow[] = table.slice(0, first).map((r) => ({ ...r }));
  out.push({ row: block[0].row, cells: block.map((r) => r.cells[column]) });
  for (let k = column + 1; k < width; k++) {
    const cells = block.map((r) => r.cells[k] ?? '');
    if (cells.some((c) => c.trim())) out.push({ row: k + 1, cells });
  }
  for (const r of table.slice(last + 1)) out.push(noteOf(r));
  return out;
}

/**
 * One table read by its header. `sheetKind` is the kind the sheet's name gives (供应 / 需求): then the
 * kind column may be left out, and a row without a kind takes the sheet's.
 */
function keyed(
  given: SheetRow[],
  sheetName: string | null,
  sheetKind: '供应' | '需求' | null,
  /** The kind the workbook's titles all give (a 供应清单 of several sheets), for a sheet that gives none. */
  bookKind: '供应' | '需求' | null = null,
  /** The workbook's code lists by field (gxlx, 供需类型 → 1 → 供应). */
  codes: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(),
  /** The workbook's firm directory, for a list that names its firms without their codes. */
  directory: FirmDirectory | null = null,
  /** The sheet's ranges merged down a column (Sheet.mergedDown). */
  mergedDown: readonly { column: number; from: number; to: number }[] = [],
): ParsedSheet {
  // 同左 says the cell to its left again (可供量 同左 beside 年产能 800吨)
  let table = given.map((r) =>
    r.cells.some((c) => DITTO_LEFT.test(c.trim())) ? { ...r, cells: leftDittos(r.cells) } : r,
  );
  const where = sheetName !== null && sheetKind ? `工作表“${sheetName}”` : '';
  if (!table.some((r) => r.cells.some((c) => c.trim() !== ''))) throw new FileProblem(`${where}文件中没有表头`);
  // a registration form per firm, stacked down the sheet: read as one list, each product with its firm
  table =
    formsAsList(table) ??
    gradesAsRows(table) ??
    matrixAsRows(table) ??
    pairsAsRows(table) ??
    numberedAsRows(table) ??
    columnsAsRows(table) ??
    firmSectionsAsColumns(table) ??
    firmAboveAsColumns(table) ??
    sentencesAsList(table) ??
    table;
  let header = findHeader(table);
  // 生产经营主体 merged over 名称 | 统一社会信用代码 on the row below it: the two rows are the header
  const sub = header ? subHeader(table, header.index) : null;
  if (header && sub) {
    table = table.map((r, i) => (i === header!.index + 1 ? { ...r, cells: sub } : r));
    header = { index: header.index + 1 };
  }
  // 数量 | 价格 over 吨 | 元/吨: a row of units under the header, each its column's (数量（吨）)
  if (header && !sub && unitsRow(table[header.index + 1]?.cells ?? [])) {
    const units = table[header.index + 1].cells;
    table = table
      .map((r, i) =>
        i === header.index
          ? { ...r, cells: r.cells.map((c, j) => (units[j]?.trim() ? `${c.trim()}（${units[j].trim()}）` : c)) }
          : r,
      )
      .filter((_, i) => i !== header.index + 1);
  }
  // a column whose header (or the key above it) has a code list: its codes read as their names; a header
  // that gives its codes in brackets (供需类别(1供应 2需求)) has its own, and names the code sheet's list without them
  const bracketLists = header ? table[header.index].cells.map((c) => codesInHeader(c)) : [];
  if (header && (codes.size || bracketLists.some(Boolean))) {
    const listOf = (j: number) =>
      bracketLists[j] ??
      [table[header.index], table[header.index - 1]]
        .map((r) => foldHeader(r?.cells[j] ?? ''))
        .flatMap((h) => [h, h.replace(/\([^()]*\)$/, '')])
        .map((h) => codes.get(h))
        .find(Boolean);
    const lists = table[header.index].cells.map((_, j) => listOf(j));
    if (lists.some(Boolean))
      table = table.map((r, i) =>
        // (a value already in words, 已撤销, stays: the list explains it, 主体自行撤销, rather than decoding it)
        i <= header.index
          ? r
          : {
              ...r,
              cells: r.cells.map((c, j) => (/\p{Script=Han}/u.test(c) ? c : (lists[j]?.get(c.trim()) ?? c))),
            },
      );
  }
  // 18. 某公司 9152… 供：…；需：… pasted under the table from a WeChat 接龙, an entry's lines joined as one text
  if (header) table = [...table.slice(0, header.index + 1), ...pastedEntries(table.slice(header.index + 1))];
  const headerCells = header ? table[header.index].cells : [];
  // a group row right above the header (企业信息 | 价格（元） | 供应产品 | 采购需求) names the columns under it;
  // one text across the row, or notes (报送单位：…（会同市农业农村局） | 截止时间：…), is no group: their
  // brackets are no unit of the columns under it
  const above = header && header.index > 0 ? table[header.index - 1] : null;
  const group =
    header &&
    !sub &&
    above &&
    above.row === table[header.index].row - 1 &&
    new Set(above.cells.map((c) => c.trim()).filter(Boolean)).size >= 2 &&
    !above.cells.some((c) => LABELLED.test(c.trim()))
      ? above.cells
      : [];
  const groupOf = (j: number) => (group[j] ?? '').trim();
  const { fields, units } = readColumns(headerCells, group);
  // 单位：数量为斤，单价为元/斤 (or 单位：吨、元/吨) under the title: the units of the columns that name none
  const said = header ? sheetUnits(table.slice(0, header.index)) : null;
  if (said)
    fields.forEach((f, j) => {
      if (units[j]) return;
      if (f === 'quantity' && said.quantity && !fields.includes('unit')) units[j] = said.quantity;
      if ((f === 'price' || f === 'priceMin' || f === 'priceMax') && said.price) units[j] = said.price;
    });
  // 类别 over 原料 | 燃料 | 设备: a column whose values name no kind is no kind column, whatever its header says;
  // and where no column names the product, a column named by a kind (采购需求) holding 茶叶礼盒, 马口铁茶叶罐 is the product's
  if (header) {
    const namesNoKind = (j: number) => {
      const values = table.slice(header.index + 1).map((r) => (r.cells[j] ?? '').trim());
      return (
        values.some(Boolean) && !values.some((v) => kindOfSheetName(v) !== null || namesKind(v) || namesBothKinds(v))
      );
    };
    const kindColumn = fields.indexOf('kind');
    // demand_type 1 | 2 with no code list beside it: 1 供应, 2 需求, in the order 供需 names them
    if (kindColumn >= 0 && !codes.size) {
      const values = table
        .slice(header.index + 1)
        .filter((r) => !oneText(r))
        .map((r) => (r.cells[kindColumn] ?? '').trim())
        .filter(Boolean);
      if (values.length && values.every((v) => v === '1' || v === '2'))
        table = table.map((r, i) =>
          i <= header.index || oneText(r)
            ? r
            : {
                ...r,
                cells: r.cells.map((c, j) => (j === kindColumn ? ({ '1': '供应', '2': '需求' }[c.trim()] ?? c) : c)),
              },
        );
    }
    if (kindColumn >= 0 && namesNoKind(kindColumn)) fields[kindColumn] = null;
    // 信息类型 | 供应信息, 发布类别 | 采购需求, Type | Supply/供应: where no header names the kind, the column
    // whose values are kinds is the kind's, whatever its header calls it
    if (!fields.includes('kind')) {
      const kindColumn = fields.findIndex((f, j) => {
        if (f !== null) return false;
        const values = table
          .slice(header.index + 1)
          .map((r) => (r.cells[j] ?? '').trim())
          .filter(Boolean);
        return values.length >= 2 && values.filter(namesKind).length >= 0.8 * values.length;
      });
      if (kindColumn >= 0) fields[kindColumn] = 'kind';
    }
    // 代码 | 93520526MA6DM7P32H: where no header names the credit code, the column whose values are codes
    if (!fields.includes('creditCode')) {
      const codeColumn = fields.findIndex((f, j) => {
        if (f !== null) return false;
        // (a section or a note merged across the sheet is no value of any column)
        const values = table
          .slice(header.index + 1)
          .filter((r) => !oneText(r))
          .map((r) => (r.cells[j] ?? '').replace(/\s+/g, ''))
          .filter(Boolean);
        return values.length >= 2 && values.filter((v) => CODE_LIKE.test(v)).length >= 0.8 * values.length;
      });
      if (codeColumn >= 0) fields[codeColumn] = 'creditCode';
    }
    if (!fields.includes('title')) {
      const product = fields.findIndex(
        (f, j) => f === null && kindOfSheetName(headerCells[j]) !== null && namesNoKind(j),
      );
      if (product >= 0) fields[product] = 'title';
    }
    // 需求类别（可多选） | 需求描述, a survey's need named by its kind of work (设备联网；MES) where no column names a
    // product (beside 需求产品 it is only the product's class: 煤 over 动力煤)
    if (!fields.includes('title')) {
      const kindOfWork = headerCells.findIndex((c) => /^(需求类别|需求事项|需求类型|需求方向)/.test(foldHeader(c)));
      if (kindOfWork >= 0 && (fields[kindOfWork] === null || fields[kindOfWork] === 'kind'))
        fields[kindOfWork] = 'title';
    }
  }
  // 供应产品 | 采购需求 side by side: each row holds an offer and a demand, each block its own columns
  const grouped = headerCells.map((_, j) => (groupOf(j) ? kindOfSheetName(groupOf(j)) : null));
  // …or, with no group row, columns named with their kind (供应产品 | 可供数量 | 需采购产品 | 需求数量), the firm's
  // and the contact's columns then the row's, a date the kind's whose name says it (需求时限) and the row's otherwise
  const named = headerCells.map((c, j) =>
    SHARED_FIELDS.has(fields[j]) || fields[j] === 'kind' ? null : kindOfSheetName(c),
  );
  const namedProducts = new Set(named.filter((k, j) => k !== null && fields[j] === 'title'));
  const byName = new Set(grouped.filter(Boolean)).size < 2 && namedProducts.size > 1;
  const labelled = byName ? named : grouped;
  const kinds = [...new Set(labelled.filter((k): k is '供应' | '需求' => k !== null))];
  const blockKind = kinds.length > 1 && !byName ? blockKinds(labelled, headerCells, fields, groupOf) : labelled;
  const blocks: { kind: '供应' | '需求' | null; columns: number[] }[] =
    kinds.length > 1
      ? kinds.map((k) => ({ kind: k, columns: headerCells.map((_, j) => j).filter((j) => (blockKind[j] ?? k) === k) }))
      : [{ kind: null, columns: headerCells.map((_, j) => j) }];
  // 一、供应信息 … 二、需求信息: rows that give the kind of the rows below them, in a list without a kind column
  const sections = header ? table.slice(header.index + 1).filter((r) => sectionKind(r.cells) !== null).length : 0;
  // XX县企业采购需求统计表: a title above the header that names one kind gives it to every row
  const titleKind = header
    ? (table
        .slice(0, header.index)
        .map((r) => sectionKind(r.cells, 60) ?? titleKindOf(r.cells))
        .find(Boolean) ?? null)
    : null;
  // 需求编号 | 需求产品 | 需求数量 | 期望价格, a system's export of its demands alone: the kind its headers all name
  const namedKinds = new Set(named.filter((k) => k !== null));
  // …or, where nothing else gives one, the kind of the one column that names one (供应时间 beside 产品 | 数量 | 价格)
  const headerKind =
    kinds.length < 2 && namedKinds.size === 1 && !fields.includes('kind')
      ? namedProducts.size === 1
        ? [...namedProducts][0]
        : namedProducts.size === 0
          ? [...namedKinds][0]
          : null
      : null;
  // 填表说明：…需求信息在产品名称前加注【需】…没有任何标注的均为供应信息: the kind of the rows no mark gives one
  const unmarkedKind = header
    ? ((table
        .slice(0, header.index)
        .map((r) => UNMARKED_KIND.exec(r.cells.join(' '))?.[1] ?? null)
        .find(Boolean) as '供应' | '需求' | undefined) ?? null)
    : null;
  const listKind = sheetKind ?? titleKind ?? bookKind ?? headerKind ?? unmarkedKind;
  const kindGiven = listKind !== null || sections > 0 || blocks.length > 1;
  const required = COLUMNS.filter((c) => c.required && !(kindGiven && c.field === 'kind'));
  const missingOf = (given: readonly (ColumnField | 'ignore' | null)[]) =>
    required.filter((c) => !given.includes(c.field)).map((c) => c.header);
  // 务川县兴农白山羊养殖专业合作社（93520326MA6J0EL4Q8）: a firm named with its code in one cell, no code column
  const nameAt = fields.indexOf('enterpriseName');
  const codeInName =
    !!header &&
    !fields.includes('creditCode') &&
    nameAt >= 0 &&
    (() => {
      const names = table
        .slice(header.index + 1)
        .map((r) => (r.cells[nameAt] ?? '').trim())
        .filter(Boolean);
      return names.length > 0 && names.filter((n) => CODE_IN_NAME.test(n)).length * 2 >= names.length;
    })();
  const codesElsewhere = codeInName || (directory !== null && fields.includes('enterpriseName'));
  const missing = missingOf(codesElsewhere ? [...fields, 'creditCode'] : fields);
  if (!header || missing.length)
    throw new FileProblem(
      `${where}缺少必需的列：${(missing.length ? missing : required.map((c) => c.header)).join('、')}（表头须在前 ${HEADER_SEARCH_ROWS} 行内；请使用模板 /imports/listings-template.xlsx，或将供应、需求分别放在名为“供应”“需求”的工作表中）`,
    );
  const ignoredColumns = new Set(headerCells.filter((h, j) => h.trim() && fields[j] === null).map((h) => h.trim()));
  // 品名、规格及数量: the products' amounts are written in the product's cell
  const amountsInTitle = headerCells.some((c, j) => fields[j] === 'title' && /数量|需求量|用量|规模/.test(c));
  // 预算（万元）: a need's budget, for the whole of what it asks
  const priceIsBudget = headerCells.some((c, j) => fields[j] === 'price' && /预算/.test(c));
  // 供需内容: the whole listing written in the product's cell, its amount and price with it
  const contentInTitle = headerCells.some(
    (c, j) => fields[j] === 'title' && /内容|信息$|原话|原文|留言/.test(c.trim()),
  );
  // 企业（简称） | 企业全称: the full name is the firm's; the short one stands in where the full is left out (read by cellsOf)
  const namedAt = fields.flatMap((f, j) => (f === 'enterpriseName' ? [j] : []));
  const shortAt = namedAt.length === 2 ? namedAt.find((j) => /简称/.test(headerCells[j])) : undefined;
  if (shortAt !== undefined) fields[shortAt] = null;
  // 主营产品 | 可供应产品及数量 | 需采购产品及数量: in a block, its own column for a field, not the row's shared one
  const uses = blocks.map((block) =>
    usesOf(
      fields,
      block.kind === null
        ? block.columns
        : block.columns.filter(
            (j) =>
              blockKind[j] !== null ||
              !block.columns.some((k) => blockKind[k] === block.kind && fields[k] === fields[j] && fields[j] !== null),
          ),
    ),
  );
  let use = uses[0];
  let unitOf = units;
  let headerByField = namesOf(headerCells, use);
  const cellsOf = (row: SheetRow, use: (ColumnField | null)[]) => {
    const cells: Partial<Record<ColumnField, string>> = {};
    row.cells.forEach((value, j) => {
      const field = use[j];
      // 其他〖头〗: a questionnaire's 其他 option with what the respondent wrote in it
      const text = value.trim().replace(/^其他\s*[〖【]([^〖〗【】]+)[〗】]$/, '$1');
      if (!field || text === '' || NOTHING_WRITTEN.test(text)) return;
      if (field === 'regionCode' && cells.regionCode !== undefined) cells.regionCode = placeOf(cells.regionCode, text);
      else cells[field] = unitOf[j] && BARE_NUMBER.test(halfWidth(text)) ? text + unitOf[j] : text;
    });
    if (shortAt !== undefined && (cells.enterpriseName === undefined || /^[/／\-—]+$/.test(cells.enterpriseName))) {
      const short = (row.cells[shortAt] ?? '').trim();
      if (short) cells.enterpriseName = short;
      else delete cells.enterpriseName;
    }
    // a message pasted whole over the amount's, the price's and the date's columns (鸭蛋每个月能出40万个左右，批发1块1到
    // 1块3一个，明年6月底前都有货): each read from its clause, the words kept as the remark
    if (
      cells.quantity !== undefined &&
      /[，,；;]/.test(cells.quantity) &&
      [cells.unit, cells.price, cells.priceMin, cells.validUntil].some((v) => v === cells.quantity) &&
      // (a note merged across the whole row, the product's and the firm's cells too, is the list's)
      ![cells.title, cells.kind, cells.enterpriseName].includes(cells.quantity)
    ) {
      const message = cells.quantity;
      for (const f of ['quantity', 'unit', 'price', 'priceMin', 'priceMax', 'priceUnit', 'validUntil'] as const)
        if (cells[f] === message) delete cells[f];
      Object.assign(cells, spokenEntry(message));
      cells.remark = [cells.remark, `原话：${message}`].filter(Boolean).join('；');
    }
    // a cell merged across an amount and its unit (约1500吨 over 数量 | 数量单位), or across the price's columns
    // (2.5-3元/斤 over 最低价格 | 最高价格 | 价格单位): written once, for all of them
    if (cells.unit !== undefined && cells.unit === cells.quantity) delete cells.unit;
    if (cells.priceUnit !== undefined && [cells.priceMin, cells.priceMax].includes(cells.priceUnit))
      delete cells.priceUnit;
    if (
      cells.price === undefined &&
      cells.priceMin !== undefined &&
      cells.priceMin === cells.priceMax &&
      !BARE_NUMBER.test(halfWidth(cells.priceMin))
    ) {
      cells.price = cells.priceMin;
      delete cells.priceMin;
      delete cells.priceMax;
    }
    // (a township's rows with the code in the name cell, the code column left blank: 某合作社（9352…）)
    if (
      cells.enterpriseName !== undefined &&
      (codeInName || (!cells.creditCode?.trim() && CODE_IN_NAME.test(cells.enterpriseName)))
    ) {
      const { contactPhone, ...firm } = nameAndCode(cells.enterpriseName);
      Object.assign(cells, firm, cells.contactPhone === undefined && contactPhone ? { contactPhone } : {});
    }
    return cells;
  };
  const rows: ParsedSheet['rows'] = [];
  const skipped: SkippedRow[] = [];
  // the office's notes: above the header (说明：…第15条…撤回。以上几条请勿上平台), and beside the table (below)
  const sideNotes: string[] = table
    .slice(0, header.index)
    .map((r) => r.cells.filter((c) => c.trim()).join(' '))
    .filter((t) => /序号|第\s*\d+\s*条|[“"「]/.test(t));
  const headerWidth = headerCells.reduce((w, c, j) => (c.trim() ? j + 1 : w), 0);
  // 以上需求有效期至2027年6月30日, said once in a subtitle above the header or a note below the list
  let listValidUntil =
    table
      .slice(0, header.index)
      .map((r) => validitySaid(r.cells))
      .find(Boolean) ?? null;
  let section: '供应' | '需求' | null = null;
  // (whether the section row that gave it was numbered on the list's top level: 一、供应产品)
  let numberedSection = false;
  // a firm named once for several products in cells merged down, exported as text (or pasted) with
  // the merge undone: its later rows leave the firm's name, code and place empty and belong to the
  // firm above (a row that gives any of them is its own, for the rules to check)
  let firm: Partial<Record<ColumnField, string>> | null = null;
  let lastRow: Partial<Record<ColumnField, string>> | null = null;
  // side by side: each block's cells of the row above, for a 同上 in the block's own columns
  const lastOwn: Partial<Record<ColumnField, string>>[] = [];
  // a sheet that names its firms in cells merged down over their products (the reader filled those in):
  // a firm cell left blank outside such a range is blank, no firm above's, and the row's rules say so
  const nameColumn = use.indexOf('enterpriseName');
  const firmsMerged =
    table.length === given.length &&
    table.every((r, i) => r.row === given[i].row && r.cells.length === given[i].cells.length) &&
    mergedDown.some((m) => m.column === nameColumn && m.from > table[header.index].row);
  // …and one that writes 同上 under a firm's name to mean it again, more often than it leaves it blank:
  // there a blank is no 同上
  const titleColumn = use.indexOf('title');
  const firmCells = table
    .slice(header.index + 1)
    .filter((r) => titleColumn >= 0 && (r.cells[titleColumn] ?? '').trim())
    .map((r) => (r.cells[nameColumn] ?? '').trim());
  const firmsDittoed =
    nameColumn >= 0 && firmCells.filter((c) => DITTO.test(c)).length > firmCells.filter((c) => !c).length;
  const inherit = (cells: Partial<Record<ColumnField, string>>) => {
    if (!firm || cells.title === undefined || firmsMerged || firmsDittoed) return;
    if (cells.enterpriseName !== undefined || cells.creditCode !== undefined || cells.regionCode !== undefined) return;
    // a contact of its own (土鸡 | 黄国平 under 茶叶揉捻机 | 龙红梅): another party whose name was not given
    const above = firm;
    const ownContact = (['contactName', 'contactPhone'] as const).some(
      (f) =>
        cells[f] !== undefined &&
        above[f] !== undefined &&
        cells[f].replace(/\s+/g, '') !== above[f].replace(/\s+/g, ''),
    );
    if (ownContact) return;
    for (const f of FIRM_FIELDS) if (cells[f] === undefined && firm[f] !== undefined) cells[f] = firm[f];
  };
  // (a part below the header that gave a header of its own, and the firm a line above that header named)
  let ownHeader = false;
  let pinned: Partial<Record<ColumnField, string>> | null = null;
  for (let i = header.index + 1; i < table.length; i++) {
    const rowsBefore = rows.length;
    const giving = sectionKind(table[i].cells);
    const headingText = oneText(table[i])?.cells[0].trim();
    if (giving) {
      section = giving;
      numberedSection = headingText !== undefined && TOP_HEADING.test(headingText);
    } else if (section && numberedSection && headingText !== undefined && TOP_HEADING.test(headingText)) {
      // 一、供应产品 … 二、需求产品 … 三、经开区报送: a part on the same level that names no kind is no more of
      // the part above; its rows say their kind themselves or are refused, never read as the other part's
      section = null;
    }
    // a header of its own below a section row (二、需求信息 | 采购单位 | 需求产品 | 需求数量), its columns
    // named otherwise or in another order: the rows below it are read by it
    const again = blocks.length === 1 ? headerAgain(table[i].cells) : null;
    if (again) {
      // (a firm's own table pasted below the list, its firm said on a line above its header: 企业名称：… 统一社会信用代码：…)
      const firmAbove = table
        .slice(Math.max(header.index + 1, i - 3), i)
        .map((r) => labelledFirm(r.cells))
        .reverse()
        .find((f) => f !== null);
      const given = [...again.fields, ...(firmAbove ? (Object.keys(firmAbove) as ColumnField[]) : [])];
      const lacking = missingOf(codesElsewhere ? [...given, 'creditCode'] : given);
      if (lacking.length)
        throw new FileProblem(`${where}第 ${table[i].row} 行的表头缺少必需的列：${lacking.join('、')}`);
      pinned = firmAbove ?? null;
      for (const h of table[i].cells.filter((c, j) => c.trim() && again.fields[j] === null))
        ignoredColumns.add(h.trim());
      use = usesOf(again.fields, null);
      unitOf = again.units;
      headerByField = namesOf(table[i].cells, use);
      firm = null;
      lastRow = null;
      ownHeader = true;
      continue;
    }
    // 四、八渡镇（镇林业站报送）after a township's own header: the next part is read by the list's header again
    const heading = oneText(table[i])?.cells[0];
    if (ownHeader && heading !== undefined && /^[（(]?[一二三四五六七八九十]{1,3}[、.．)）]/.test(heading.trim())) {
      use = uses[0];
      unitOf = units;
      headerByField = namesOf(headerCells, use);
      ownHeader = false;
      pinned = null;
    }
    // a price torn over two cells by a scan (18-25元/ | 斤), the row's later cells pushed one to the right: put together
    {
      const cells = table[i].cells;
      const torn = cells.findIndex(
        (c, j) => /\d\s*万?元\s*\/$/.test(c.trim()) && /^\p{Script=Han}{1,3}$/u.test((cells[j + 1] ?? '').trim()),
      );
      if (torn >= 0)
        table[i] = {
          ...table[i],
          cells: [...cells.slice(0, torn), cells[torn].trim() + cells[torn + 1].trim(), ...cells.slice(torn + 2), ''],
        };
    }
    // a row pasted without its leading merged cells (田鱼 | 8000斤 | 22-26元/斤 under 村寨 | 合作社 | 信用代码 | 产品):
    // its cells put back under the columns they fit, the firm's then taken from the row above
    if (blocks.length === 1) {
      const moved = realigned(table[i].cells, use, headerWidth);
      if (moved) table[i] = { ...table[i], cells: moved };
    }
    // side by side, each block with a firm of its own (供应方 | 需求方): a row that fills the demand's block
    // alone is a listing all the same, read by whichever block it fills
    const cells: Partial<Record<ColumnField, string>> =
      blocks.length > 1
        ? uses.reduceRight<Partial<Record<ColumnField, string>>>((all, u) => ({ ...all, ...cellsOf(table[i], u) }), {})
        : cellsOf(table[i], use);
    // 同上 (or 〃) says the same as above: in the firm's cells, the firm above's (a row that names
    // the firm and ditto's its code is that firm); in any other cell (单位, 有效期), the row above's
    const dittoFirm = FIRM_FIELDS.filter((f) => cells[f] !== undefined && DITTO.test(cells[f].trim()));
    for (const f of dittoFirm) delete cells[f];
    for (const f of Object.keys(cells) as ColumnField[])
      if (DITTO.test(cells[f]!.trim())) {
        if (lastRow?.[f] !== undefined) cells[f] = lastRow[f];
        else delete cells[f];
      }
    if (pinned && cells.title !== undefined)
      for (const f of FIRM_FIELDS) if (cells[f] === undefined && pinned[f] !== undefined) cells[f] = pinned[f];
    // 所在乡镇 | 统一社会信用代码 filled the other way round (新店镇 under the code's header, the code under the
    // place's): each where it belongs, the row checked as usual
    const looksLikeCode = (t: string | undefined) => t !== undefined && CODE_LIKE.test(t.replace(/\s+/g, ''));
    if (cells.creditCode !== undefined && !looksLikeCode(cells.creditCode) && looksLikeCode(cells.regionCode))
      [cells.creditCode, cells.regionCode] = [cells.regionCode!, cells.creditCode];
    const named = cells.enterpriseName !== undefined || cells.creditCode !== undefined;
    // (同上 | 同上 under the firm's name and code, beside a place given again: that firm too)
    const dittoNamesFirm = dittoFirm.includes('enterpriseName') || dittoFirm.includes('creditCode');
    if ((named || dittoNamesFirm) && firm) for (const f of dittoFirm) if (firm[f] !== undefined) cells[f] = firm[f];
    // 同上 under the firm's name, its code left blank: that firm, code and all
    if (dittoFirm.includes('enterpriseName') && firm && cells.creditCode === undefined && firm.creditCode !== undefined)
      cells.creditCode = firm.creditCode;
    // the office's numbered notes in a column beside the table (4. 序号33与序号20重复，以序号20为准), one to a row: the
    // list's notes, not the row's remark
    const side = table[i].cells
      .slice(headerWidth)
      .map((c) => c.trim())
      .filter((t) => NUMBERED_NOTE.test(t));
    sideNotes.push(...side);
    // …and a note written beside one row, where the list has no remark column (团溪铝业 | … | 铝合金圆棒…本次取消): the row's
    const aside = table[i].cells
      .slice(headerWidth)
      .map((c) => c.trim())
      .filter((t) => t && !side.includes(t));
    if (aside.length && !fields.includes('remark')) cells.remark = aside.join('；');
    const texts = table[i].cells.map((c) => c.trim()).filter((t) => t && !side.includes(t));
    if (Object.keys(cells).length === 0 && !texts.some((t) => !/^\d+$/.test(t))) continue; // blank, or only a 序号
    if (isRepeatedHeader(cells, headerByField)) continue;
    // a pasted 接龙 entry in one cell (18. 某公司 9152… 供：茶叶揉捻机20台，1.2-3.8万元/台): its listings, as a sentence
    // (alone in the row's mapped columns: a note beside it, ←18条以后是群里接龙原文, is the office's)
    const pasted =
      Object.keys(cells).length === 0 && PASTED_ENTRY.test(texts[0] ?? '') && !EXAMPLE_ENTRY.test(texts[0])
        ? listingsOfSentence(texts[0])
        : null;
    if (pasted) {
      pasted.forEach((l, k) => {
        const own = { ...l };
        // （代码同第3条）: a firm whose code the list gave above, by its name
        if (own.creditCode === undefined && own.enterpriseName !== undefined) {
          own.enterpriseName = own.enterpriseName.replace(/[(（][^()（）]*[)）]$/, '').trim();
          const known = rows.find((r) => r.cells.enterpriseName === own.enterpriseName && r.cells.creditCode);
          if (known) own.creditCode = known.cells.creditCode;
        }
        rows.push({
          row: table[i].row,
          sheet: pasted.length > 1 ? `${sheetName ?? '表'}·第${k + 1}项` : sheetKind ? sheetName : null,
          cells: own,
        });
      });
      continue;
    }
    if (isNoteRow(cells, texts)) {
      if (!texts.some(saysOneEntry)) listValidUntil ??= validitySaid(table[i].cells);
      const left: SkippedRow = {
        sheet: sheetKind ? sheetName : null,
        row: table[i].row,
        text: [...new Set(texts)].join(' ').slice(0, 200),
      };
      // (a firm's entry taken back in its own words, 同第3条，去年报价，已作废: no note on the list's other rows)
      if (cells.title !== undefined && CODE_LIKE.test((cells.creditCode ?? '').replace(/\s+/g, '')))
        ENTRIES_LEFT.add(left);
      skipped.push(left);
      continue;
    }
    // 已对接 | 是: the office marks the need or offer as met (对接上了, 已签约): done, not posted as open
    if (cells.matched !== undefined && MATCHED.test(cells.matched.trim())) {
      skipped.push({
        sheet: sheetKind ? sheetName : null,
        row: table[i].row,
        text: `已对接，不再导入：${(cells.title ?? texts.join(' ')).slice(0, 180)}`,
      });
      continue;
    }
    delete cells.matched;
    // 备注：单价为元/个, the unit of a price written bare (0.35 under 预计单价（元） for 万个)
    const per =
      cells.remark !== undefined
        ? /(?:单价|价格)(?:为|单位[:：]?)\s*元\/([^\s,，;；。)）]{1,4})/.exec(cells.remark)
        : null;
    if (per && cells.price !== undefined && /^\d[\d,.]*\s*元?$/.test(halfWidth(cells.price).trim()))
      cells.price = `${halfWidth(cells.price).trim().replace(/元$/, '')}元/${per[1]}`;
    // 备注：库存是按斤报的 (库存填的是斤数, 数量报的是箱数): the unit the amount is in, whatever the unit column says; a
    // bare price beside it stays per the column's unit (售价 88 | 单位 件)
    const amountUnit = cells.remark !== undefined ? AMOUNT_UNIT_SAID.exec(cells.remark) : null;
    if (amountUnit && cells.quantity !== undefined && BARE_NUMBER.test(halfWidth(cells.quantity).trim())) {
      if (cells.unit !== undefined && cells.price !== undefined && BARE_NUMBER.test(halfWidth(cells.price).trim()))
        cells.price = `${halfWidth(cells.price).trim()}元/${cells.unit.trim()}`;
      cells.unit = amountUnit[2];
    }
    // 数量 … 有效期 | 详见情况说明: the entry told in words in another column, its amount, price and date read from them
    const pointing = (
      ['quantity', 'unit', 'price', 'priceMin', 'priceMax', 'validUntil', 'specification'] as const
    ).filter((f) => cells[f] !== undefined && SEE_PROSE.test(cells[f].replace(/\s+/g, '')));
    if (pointing.length) {
      for (const f of pointing) delete cells[f];
      const prose = [cells.description, cells.remark]
        .filter((t): t is string => !!t)
        .map((t) => moneySaid(halfWidth(t)));
      const amount = prose.map((t) => PROSE_AMOUNT.exec(t)?.[1]).find(Boolean);
      if (amount && cells.quantity === undefined) cells.quantity = amount.replace(/\s+/g, '');
      const price = prose.map((t) => PRICE_NAMED.exec(t)?.[1]).find(Boolean);
      if (price && cells.price === undefined) cells.price = price.replace(/\s+/g, '');
      const until = validitySaid(prose.slice(0, 1)) ?? prose.map((t) => PROSE_UNTIL.exec(t)?.[1]).find(Boolean);
      if (until && cells.validUntil === undefined) cells.validUntil = until;
    }
    // 数量 | 20元/公斤 beside 价格 | 60吨: the two cells typed into each other's box
    if (
      cells.quantity !== undefined &&
      cells.price !== undefined &&
      fitsColumn(cells.quantity, 'price') &&
      !fitsColumn(cells.quantity, 'quantity') &&
      fitsColumn(cells.price, 'quantity') &&
      !fitsColumn(cells.price, 'price')
    )
      [cells.quantity, cells.price] = [cells.price, cells.quantity];
    // 规格型号及说明 | 散养2年以上，收购价80-120元/只, the price column left blank: the price the row's words name
    if (cells.price === undefined && cells.priceMin === undefined && cells.priceMax === undefined) {
      const named = [cells.specification, cells.description, cells.remark]
        .map((t) => PRICE_NAMED.exec(halfWidth(t ?? '')))
        .find(Boolean);
      if (named) cells.price = named[1].replace(/\s+/g, '');
    }
    // 审核意见：价格打错了吧？以电话核实是4.5元/斤: a reviewer's price over the one the row wrote
    const said = [cells.title, cells.specification, cells.description, cells.price].map((c) => c?.trim());
    const corrected = texts
      .filter((t) => !said.includes(t))
      .map((t) => PRICE_CORRECTED.exec(halfWidth(t)))
      .find(Boolean);
    if (corrected && (cells.price !== undefined || cells.priceMin !== undefined)) {
      cells.price = corrected[1].replace(/\s+/g, '');
      delete cells.priceMin;
      delete cells.priceMax;
    }
    // 备注：有效期至2027.12.31, the row's validity said in its remark
    if (cells.validUntil === undefined && cells.remark !== undefined) {
      const until = validitySaid([cells.remark]);
      if (until) cells.validUntil = until;
    }
    // 预算（万元） | 80-120 for a need with no amount: the budget of the one project asked for (1 项)
    if (priceIsBudget && cells.price !== undefined && cells.quantity === undefined && cells.unit === undefined) {
      cells.quantity = '1';
      cells.unit = '项';
    }
    // 备注：企业位于红花岗区, the firm's place said in its remark
    if (cells.regionCode === undefined && cells.remark !== undefined) {
      const place = placeSaid(cells.remark);
      if (place) cells.regionCode = place;
    }
    if (named) firm = cells;
    else inherit(cells);
    lastRow = cells;
    if (blocks.length > 1) {
      // one listing per block that names a product or a quantity (a firm with no demand leaves its block blank or /)
      blocks.forEach((block, b) => {
        const own = cellsOf(table[i], uses[b]);
        if (own.remark === undefined && cells.remark !== undefined && !fields.includes('remark'))
          own.remark = cells.remark;
        // 同上 in a block: the firm's cells as the row reads them, the block's own as its row above had them
        for (const f of Object.keys(own) as ColumnField[]) {
          if (!DITTO.test(own[f]!.trim())) continue;
          const again = FIRM_FIELDS.includes(f) ? cells[f] : (lastOwn[b]?.[f] ?? cells[f]);
          if (again !== undefined && !DITTO.test(again.trim())) own[f] = again;
          else delete own[f];
        }
        inherit(own);
        // the place and the validity the row's remark says are each block's, unless it names the other kind's
        // validity (需求有效期至2027年6月 is the demand's alone)
        if (own.regionCode === undefined && own.remark !== undefined) {
          const place = placeSaid(own.remark);
          if (place) own.regionCode = place;
        }
        const remarkUntil =
          own.validUntil === undefined && own.remark !== undefined ? validitySaid([own.remark]) : null;
        if (remarkUntil) {
          const other =
            block.kind === '供应'
              ? /(需求|采购|收购)[^，,；;。]{0,4}有效/
              : /(供应|供货|供给|销售)[^，,；;。]{0,4}有效/;
          if (!other.test(own.remark!)) own.validUntil = remarkUntil;
        }
        lastOwn[b] = own;
        const said = block.columns.some(
          (j) => blockKind[j] !== null && !EMPTY_BLOCK.test((table[i].cells[j] ?? '').trim()),
        );
        if (!said) return;
        if (block.kind && kindTakenBack(cells.remark, block.kind)) return;
        if (pointsElsewhere(own)) return;
        // 供应┋需求 ticked in a form's multiple choice: each block is its own kind
        if (own.kind === undefined || namesBothKinds(own.kind)) own.kind = block.kind!;
        const sheet = `${sheetName ?? '表'}·${block.kind}`;
        // 可供应产品及数量 with no amount or price column of its block: each product's whole entry is written in the cell
        const whole =
          contentInTitle ||
          (amountsInTitle && !uses[b].some((f) => f === 'quantity' || f === 'price' || f === 'priceMin'));
        const lines =
          (whole && own.quantity === undefined ? contentItems(own) : null) ??
          lineItems(own, amountsInTitle) ??
          partItems(own) ??
          labelledItems(own) ??
          inlineEntry(own);
        if (lines)
          lines.forEach((item, k) =>
            rows.push({ row: table[i].row, sheet: lines.length > 1 ? `${sheet}·第${k + 1}项` : sheet, cells: item }),
          );
        else rows.push({ row: table[i].row, sheet, cells: own });
      });
    } else {
      const kind = section ?? listKind;
      // 鸭苗（需要）, 禾花鱼苗 | … | 求购: a row that says its own kind, in a list whose columns give none
      const marked = cells.kind === undefined ? kindMarked(cells) : null;
      if (marked) {
        cells.kind = marked.kind;
        if (marked.title !== undefined) cells.title = marked.title;
      }
      if (cells.kind === undefined && kind) cells.kind = kind;
      const grade = table[i].block;
      // 供给,需求 ticked in a form, its answers two in a cell (蜂糖李；复合肥 | 14000；2800): an offer and a demand
      const both = cells.kind !== undefined && namesBothKinds(cells.kind) ? bothKinds(cells) : null;
      // 云杉面板5万片、玫瑰木侧背板3万套；吉他弦10万套 under 配套需求（品名及数量）: a listing per item and its amount
      // 供需内容 | 干辣椒约80吨，18-22元/公斤: the listing written whole in its cell, read before any other reading
      const content = (own: Partial<Record<ColumnField, string>>) =>
        contentInTitle && own.quantity === undefined ? contentItems(own) : null;
      const items =
        cells.quantity === undefined && cells.title !== undefined && !content(cells) ? itemsOf(cells.title) : null;
      const lines =
        both || items
          ? null
          : (content(cells) ??
            lineItems(cells, amountsInTitle) ??
            partItems(cells) ??
            labelledItems(cells) ??
            inlineEntry(cells));
      if (cells.title !== undefined && pointsElsewhere(cells)) {
        skipped.push({ sheet: sheetKind ? sheetName : null, row: table[i].row, text: cells.title.slice(0, 200) });
        continue;
      }
      if (lines)
        lines.forEach((item, k) =>
          rows.push({
            row: table[i].row,
            sheet: lines.length > 1 ? `${sheetName ?? '表'}·第${k + 1}项` : sheetKind ? sheetName : null,
            cells: item,
          }),
        );
      else if (both)
        for (const [k, own] of both) {
          const read = content(own) ?? [own];
          read.forEach((item, n) =>
            rows.push({
              row: table[i].row,
              sheet: `${sheetName ?? '表'}·${k}${read.length > 1 ? `·第${n + 1}项` : ''}`,
              cells: item,
            }),
          );
        }
      else if (items)
        items.forEach((item, k) =>
          rows.push({
            row: table[i].row,
            sheet: `${sheetName ?? '表'}·第${k + 1}项`,
            cells: {
              ...cells,
              title: item.name,
              ...(item.amount ? { quantity: item.amount } : {}),
              ...(item.note ? { specification: [cells.specification, item.note].filter(Boolean).join('；') } : {}),
            },
          }),
        );
      else
        rows.push({
          row: table[i].row,
          sheet: grade ? `${sheetName ?? '表'}·${grade}` : sheetKind ? sheetName : null,
          cells,
        });
    }
    // a product struck through (删除线) is one the office marks as taken back: a note, no listing
    const struck = new Set((table[i].struck ?? []).map((j) => (table[i].cells[j] ?? '').trim()));
    if (struck.size)
      for (let k = rows.length - 1; k >= rowsBefore; k--) {
        const title = rows[k].cells.title?.trim();
        if (title === undefined || ![...struck].some((t) => t === title || t.startsWith(title))) continue;
        skipped.push({ sheet: sheetKind ? sheetName : null, row: table[i].row, text: `已划去（删除线）：${title}` });
        rows.splice(k, 1);
      }
    if (rows.length > MAX_ROWS) throw new FileProblem(`行数过多，上限 ${MAX_ROWS} 行；请分批导入`);
  }
  // the products of one row that its remark takes back or calls repeated (a row per product of numbered columns,
  // of column groups or of a cell's lines)
  const starts = rows.flatMap((r, k) => (k === 0 || r.row !== rows[k - 1].row ? [k] : []));
  for (let g = starts.length - 1; g >= 0; g--)
    namedInRemark(rows, starts[g], starts[g + 1] ?? rows.length, sheetKind ? sheetName : null, skipped);
  // …or in a note merged across the sheet below it (备注：…2.本清单信息有效期至2027年12月31日…), however the table was read
  listValidUntil ??=
    given
      .slice(header.index)
      .map((r) => oneText(r))
      .map((r) => (r && !saysOneEntry(r.cells[0]) ? validitySaid(r.cells) : null))
      .find(Boolean) ?? null;
  // (and one whose date its remark gave: it may be another product's, and left out; datesOfTheirProducts)
  if (listValidUntil)
    for (const r of rows)
      if (r.cells.validUntil === undefined || r.cells.validUntil === validitySaid([r.cells.remark ?? '']))
        r.listValidUntil = listValidUntil;
  if (directory)
    for (const r of rows) {
      if (r.cells.creditCode !== undefined || r.cells.enterpriseName === undefined) continue;
      const firm = directory.find(r.cells.enterpriseName);
      if (!firm) continue;
      if (firm.name !== r.cells.enterpriseName.trim())
        r.firmFrom = { written: r.cells.enterpriseName.trim(), directory: directory.sheet.name };
      r.cells.enterpriseName = firm.name;
      r.cells.creditCode = firm.code;
      if (r.cells.regionCode === undefined && firm.place) r.cells.regionCode = firm.place;
    }
  // each row's 序号 and the cells no field holds (审核状态), for a note that names rows by them
  const serialAt = headerCells.findIndex((c) => /^(序号|编号)$/.test(c.replace(/\s+/g, '')));
  const unreadAt = headerCells.flatMap((c, j) => (c.trim() && fields[j] === null ? [j] : []));
  if (serialAt >= 0 || unreadAt.length) {
    const byRow = new Map(table.map((r) => [r.row, r.cells]));
    for (const r of rows) {
      const cells = byRow.get(r.row) ?? [];
      const serial = serialAt >= 0 ? (cells[serialAt] ?? '').trim() : '';
      if (/^\d{1,6}$/.test(serial)) r.serial = serial;
      const unread = unreadAt.map((j) => (cells[j] ?? '').trim()).filter(Boolean);
      if (unread.length) r.unread = unread;
    }
  }
  return {
    rows,
    headerRow: table[header.index].row,
    ignoredColumns: [...ignoredColumns],
    skipped,
    ...(sideNotes.length ? { notes: sideNotes } : {}),
  };
}

/** A note numbered in a list of notes (3. 序号15…请勿录入), long enough to say something of the list. */
const NUMBERED_NOTE = /^\d{1,2}\s*[.、．]\s*\S.{8,}/u;

/** The sheets a note says the list was compiled from: 本表根据园区企业供需台账（见“台账”工作表）和电话核实整理. */
function sourceSheets(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const sentence of noteSentences(texts)) {
    if (!/根据|依据|来自|摘自|取自/.test(sentence) || !/整理|汇总|摘录|筛选|录入|形成/.test(sentence)) continue;
    for (const m of sentence.matchAll(/[“"「]([^”"」]{1,31})[”"」]\s*(?:工作表|表|sheet|页)/gi)) out.push(m[1].trim());
  }
  return out;
}

/**
 * The sheets a note keeps only for the record, not to import: “上月版”工作表为11月初报数据，仅留档对照，请勿重复录入;
 * “旧表”作废. A sheet the same sentence says stands (请以“12月更新”为准) is not one of them.
 */
function sheetsSetAside(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const sentence of noteSentences(texts)) {
    if (
      !/留档|对照|备查|旧数据|旧版|作废|勿(重复)?录入|不要(重复)?录入|不(再)?录入|勿(重复)?导入|不(要)?(重复)?导入/.test(
        sentence,
      )
    )
      continue;
    for (const m of sentence.matchAll(/[“"「]([^”"」]{1,31})[”"」]\s*(工作表|表|sheet|页)?(.{0,4})/gi))
      if (!/为准/.test(m[3])) out.push(m[1].trim());
  }
  return out;
}

/** The sentences of notes, each as written (full-width folded). */
function noteSentences(texts: readonly string[]): string[] {
  return texts.flatMap((text) => halfWidth(text).split(/[；;。\n]/));
}

/** A note's word that a row is to be left out: 撤回，请勿录入; 作废; 不纳入; a test (测试提交, 不是企业数据). */
const LEFT_OUT_SAID =
  /撤回|撤销|作废|勿录入|不要录入|不录入|不予录入|无需录入|不纳入|不上报|不报(?!价)|勿上平台|不上平台|不要上平台|删除|删去|去掉|不是企业数据|测试(?:提交|数据|填报|用|行|条)|为测试/;

/**
 * The 序号s the office's notes (a 说明 sheet, the notes under the table) say to leave out: a sentence that names
 * a 序号 and says it is withdrawn, void or a test (序号33…企业电话告知已自行采购，撤回，请勿录入; 序号15作废), but for
 * those it says stand (以序号16为准, 序号32…保留).
 */
export function serialsLeftOut(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  const refs = (t: string) => [...t.matchAll(/序号\s*(\d+)|第\s*(\d+)\s*条/g)].map((m) => m[1] ?? m[2]);
  for (const text of texts) {
    // the rows named since the last 以上几条请勿上平台, for the next one
    let pending: string[] = [];
    for (const sentence of noteSentences([text])) {
      // (（见第32条）points to another row, and names none to leave out)
      const said = sentence.replace(/[(（]见[^()（）]*[)）]/g, '');
      const kept = new Set(
        [...said.matchAll(/以(?:序号\s*|第\s*)(\d+)\s*条?\s*为准|(?:序号\s*|第\s*)(\d+)\s*条?[^，,]{0,20}?保留/g)].map(
          (m) => m[1] ?? m[2],
        ),
      );
      // 第21条与第13条是…各报了一次, 序号7与序号6完全相同: the first named is the one sent again
      const pair = /(?:序号\s*|第\s*)(\d+)\s*条?\s*(?:与|和|跟)\s*(?:序号\s*|第\s*)\d+/.exec(said);
      const again = pair && /重复|相同|同一|一样|各报|又报|再报/.test(said);
      const named = (again ? [pair[1]] : refs(said)).filter((n) => !kept.has(n));
      if (!LEFT_OUT_SAID.test(said)) pending.push(...named);
      else if (/以上|上述|前述|这几条|上面几条/.test(said)) {
        for (const n of [...pending, ...named]) if (!kept.has(n)) out.add(n);
        pending = [];
      } else for (const n of named) out.add(n);
    }
  }
  return out;
}

/**
 * The values a note says rows holding them are to be left out by, quoted (审核状态为“待审核”“已撤销”的请勿上平台):
 * matched against whole cells no field holds.
 */
export function valuesLeftOut(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const sentence of noteSentences(texts)) {
    if (!LEFT_OUT_SAID.test(sentence)) continue;
    for (const m of sentence.matchAll(/[“"「『]([^”"」』]{1,8})[”"」』]/g)) out.add(m[1].trim());
  }
  return out;
}

/**
 * A one-list parse with the rows its notes leave out, by 序号 (serialsLeftOut) or by a status no field holds
 * (valuesLeftOut), moved to the skipped rows.
 */
function withNotedLeftOut(parsed: ParsedSheet, notes: readonly string[]): ParsedSheet {
  const texts = [
    ...notes,
    ...(parsed.notes ?? []),
    ...parsed.skipped.filter((r) => !ENTRIES_LEFT.has(r)).map((r) => r.text),
  ];
  const out = serialsLeftOut(texts);
  const values = valuesLeftOut(texts);
  if (!out.size && !values.size) return parsed;
  const why = new Map<(typeof parsed.rows)[number], string>();
  for (const r of parsed.rows) {
    if (r.serial !== undefined && out.has(r.serial)) why.set(r, `序号${r.serial}`);
    else {
      const value = r.unread?.find((t) => values.has(t));
      if (value) why.set(r, value);
    }
  }
  if (!why.size) return parsed;
  return {
    ...parsed,
    rows: parsed.rows.filter((r) => !why.has(r)),
    skipped: [
      ...parsed.skipped,
      ...[...why.keys()].map((r) => ({
        sheet: r.sheet,
        row: r.row,
        text: `说明中注明不录入（${why.get(r)}）：${(r.cells.title ?? '').slice(0, 180)}`,
      })),
    ],
  };
}

/** A date as written: 2027年6月30日, 2027-06-30, 2027.6, 2027年底, 2027年上半年. */
const DATE_WRITTEN =
  /\d{4}\s*(?:年|[-./])\s*\d{1,2}\s*(?:月|[-./])?\s*(?:\d{1,2}\s*日?|底|末)?|\d{4}\s*年\s*(?:底|末|年底|年末|上半年|下半年|[一二三四]季度末?)?/;

/**
 * The validity a title or note says for every row of the list (本清单有效期至2027年6月30日, 以上产品2027年底前有效),
 * the date as written; null for any other text (报送截止时间：12月10日 is the office's deadline, not the listings').
 */
export function validitySaid(cells: readonly string[]): string | null {
  const texts = [...new Set(cells.map((c) => c.trim()).filter(Boolean))];
  if (texts.length > 2) return null;
  // (信息有效期 | 2027年12月31日: a form's label and its value in cells of their own)
  if (texts.length === 2 && /有效期至?[:：]?$/.test(texts[0])) texts.push(texts.join(' '));
  for (const text of texts) {
    const t = halfWidth(text);
    const at = t.search(
      /有效期|有效至|前有效|内有效|止有效|计划期|供应期|供货期|(收购|采购|供应|供货|需求|销售)(截至|截止)(?=\d)|(截止|截至)(时间|日期)(未填|空着|空白|没填|不填)/,
    );
    if (at < 0) continue;
    // the dates after the word as written (有效期至2027年6月30日, 计划期：2027年1月—12月: the row's rules
    // read a period's end), else the last date before it (…2027年底前有效)
    const after = /^\D*?(\d{4}[\d年月日号./\-—–~～至到底末上下半季度初中旬]*)/.exec(t.slice(at))?.[1];
    const before = [...t.slice(0, at).matchAll(new RegExp(DATE_WRITTEN.source, 'g'))].pop()?.[0];
    const date = after ?? before;
    if (date) return date.replace(/\s+/g, '');
  }
  return null;
}

/**
 * The county a remark or note says a firm is in: 企业位于红花岗区 → 红花岗区, 注册地：贵州省遵义市播州区 → 播州区,
 * where its works are (厂区在册亨县木材加工园区 → 册亨县, for a firm registered elsewhere), a
 * park's district in brackets after it (遵义经开区（汇川区）) → 汇川区. With `listWide`, only a note about all the list's
 * firms (企业均位于…, 以上企业都在…). Null where none is said.
 */
export function placeSaid(text: string, listWide = false): string | null {
  const t = halfWidth(text);
  // (注册地遵义市，基地在马鬃: where the works are, not where the firm was registered; a township there says no county)
  const works = listWide
    ? null
    : /(基地|厂区|厂址|工厂|生产基地|加工基地|实际经营地址?|生产地址?|经营地址?)(设在|位于|在|为)[:：]?/.exec(t);
  const at =
    works && /注册地/.test(t)
      ? works
      : listWide
        ? /(均|都|全部|皆|一律)(位于|地处|在|属于?)/.exec(t)
        : /(位于|地处|坐落于|注册地(为|在)?|所在地(为|在)?|(厂区|厂址|工厂|生产基地|加工基地|实际经营地址?|生产地址?)(设在|在|为))[:：]?/.exec(
            t,
          );
  if (!at) return null;
  const clause = t.slice(at.index + at[0].length).split(/[，,。；;、]/)[0];
  const bracketed = /[(（]([^()（）]{2,12}?(自治县|特区|区|县|市))[)）]/u.exec(clause)?.[1];
  if (bracketed) return bracketed;
  const names = [...clause.matchAll(/[\p{Script=Han}]{2,12}?(自治县|特区|区|县|市)/gu)].map((m) => m[0]);
  // 贵州省遵义市播州区: the last, the smallest; a park (经开区, 高新区) is no division
  const division = names.filter((n) => !/(开区|新区|园区|工业区|高新区|景区)$/.test(n)).pop();
  return division ?? null;
}

/**
 * The units a note above the header gives the list's bare numbers (单位：数量为斤，单价为元/斤; （单位：吨、元/吨）;
 * 计量单位：千克): the amount's and the price's; null where no such note is (单位：XX县商务局 is the office).
 */
export function sheetUnits(rows: readonly SheetRow[]): { quantity: string | null; price: string | null } | null {
  for (const r of rows) {
    const texts = [...new Set(r.cells.map((c) => c.trim()).filter(Boolean))];
    if (texts.length !== 1) continue;
    const m = /^[(（]?(?:计量)?单位[:：](.{1,40}?)[)）]?$/.exec(halfWidth(texts[0]).replace(/\s+/g, ''));
    if (!m) continue;
    const price = /元\/([^,，;；、()（）]{1,6})/.exec(m[1]);
    const quantity =
      /(?:数量|产量|需求量|供应量)(?:为|是|[:：])?([^,，;；、()（）元]{1,6})/.exec(m[1])?.[1] ??
      m[1].split(/[,，;；、]/).find((t) => t && !t.includes('元') && [...t].length <= 4 && !/[县市局委办]/.test(t)) ??
      null;
    if (!price && !quantity) continue;
    return { quantity, price: price ? `元/${price[1]}` : null };
  }
  return null;
}

/** 供应┋需求, 供/需, 买卖: a cell that ticks both kinds. */
function namesBothKinds(value: string): boolean {
  const v = value.replace(/\s+/g, '');
  return /供|卖|销|supply|sell/i.test(v) && /需|购|买|demand|buy/i.test(v);
}

/**
 * A row that ticks both kinds with its answers two in a cell, the offer's first (蜂糖李；复合肥 | 14000；2800 |
 * 吨；吨): the offer and the demand, each with its part of every such cell and the rest of the row; null
 * unless the product cell holds two parts.
 */
function bothKinds(
  cells: Partial<Record<ColumnField, string>>,
): ['供应' | '需求', Partial<Record<ColumnField, string>>][] | null {
  const split = (t: string) => t.split(/[；;]/).map((p) => p.trim());
  if (cells.title === undefined || split(cells.title).length !== 2) return null;
  const part = (k: 0 | 1) => {
    const own: Partial<Record<ColumnField, string>> = { ...cells, kind: k === 0 ? '供应' : '需求' };
    for (const f of Object.keys(cells) as ColumnField[]) {
      if (f === 'kind' || FIRM_FIELDS.includes(f)) continue;
      const parts = split(cells[f]!);
      if (parts.length !== 2) continue;
      if (parts[k]) own[f] = parts[k];
      else delete own[f];
    }
    return own;
  };
  return [
    ['供应', part(0)],
    ['需求', part(1)],
  ];
}

/** A cell that names a kind and nothing more: 供 | 需, 供应信息, 采购需求, Supply/供应, Demand. */
function namesKind(value: string): boolean {
  const v = value.normalize('NFKC').replace(/\s+/g, '');
  if (/^[供需购销买卖SD]$/.test(v) || /^我?要?[卖买]$/.test(v) || /^(supply|demand|offer|need|buy|sell)$/i.test(v))
    return true;
  return [...v].length <= 12 && !/\d/.test(v) && kindOfSheetName(v) !== null;
}

/**
 * The header read with the row below it when that row names the columns under a parent spanning
 * several (生产经营主体 over 名称 | 统一社会信用代码): each such column named by its parent and its own
 * name (生产经营主体名称), or its own name alone when the two together name nothing; null when the row
 * below is not such a row (a data row, a section, a note).
 */
function subHeader(table: readonly SheetRow[], index: number): string[] | null {
  const head = table[index].cells.map((c) => c.trim());
  const below = table[index + 1];
  if (!below || below.row !== table[index].row + 1) return null;
  // a cell merged down from the header (序号 over two rows, filled in both) names nothing new
  const cells = below.cells.map((c, j) => (c.trim() === head[j] ? '' : c.trim()));
  const filled = cells.map((c, j) => ({ c, j })).filter((x) => x.c);
  // under a parent that spans: blank (merged away), or the same text beside it (merged and filled), or a blank to its right
  const spanned = (j: number) => !head[j] || head[j - 1] === head[j] || head[j + 1] === head[j] || !head[j + 1];
  // a header torn over two rows (a scan read back into cells: 统一社会 | 有效 over 信用代码 | 期至): each column's two
  // parts together, where together they name its field and the upper part alone names none, twice at least
  const mapped = (t: string) => {
    const f = fieldOfHeader(t);
    return f && f !== 'ignore' ? f : null;
  };
  const torn = filled.filter(({ c, j }) => head[j] && [...c].length <= 6 && !/\d/.test(c) && mapped(head[j] + c));
  // (a section row merged across the table and filled into every cell is no part of the header)
  const distinct = new Set(filled.map(({ c }) => c)).size === filled.length;
  if (
    filled.length >= 2 &&
    distinct &&
    torn.length === filled.length &&
    torn.filter(({ j }) => !mapped(head[j])).length >= 2
  )
    return table[index].cells.map((h, j) => (cells[j] ? `${head[j]}${cells[j]}` : h));
  if (filled.length < 2 || !filled.every(({ c, j }) => spanned(j) && [...c].length <= 12 && !/^[\d.]+$/.test(c)))
    return null;
  if (!filled.some(({ c }) => fieldOfHeader(c) && fieldOfHeader(c) !== 'ignore')) return null;
  let parent = '';
  return table[index].cells.map((h, j) => {
    if (head[j]) parent = head[j];
    if (!cells[j]) return h;
    const together = `${parent}${cells[j]}`;
    const field = fieldOfHeader(together);
    return field && field !== 'ignore' ? together : cells[j];
  });
}

/** Fields that belong to the row's firm, not to an offer or a demand beside it. */
const SHARED_FIELDS = new Set<ColumnField | 'ignore' | null>([...FIRM_FIELDS, 'remark']);

/**
 * The kind of each column of a list with an offer and a demand side by side. A group label written
 * once over its block (供应（可卖的） | | | 需求（要买的） | | : a CSV export, or the merge undone) covers the
 * columns after it that have no group of their own, up to the next group or the first column of the
 * firm's (联系人 | 备注 after the last block are the row's); a column named with a kind (需求数量) is that
 * kind's wherever it stands.
 */
function blockKinds(
  labelled: readonly ('供应' | '需求' | null)[],
  headerCells: readonly string[],
  fields: readonly (ColumnField | 'ignore' | null)[],
  groupOf: (j: number) => string,
): ('供应' | '需求' | null)[] {
  let current: '供应' | '需求' | null = null;
  return headerCells.map((cell, j) => {
    if (groupOf(j)) return (current = labelled[j]);
    if (SHARED_FIELDS.has(fields[j])) {
      current = null;
      return null;
    }
    return kindOfSheetName(cell) ?? current;
  });
}

/**
 * A header row's columns: each cell's field (a name that says nothing alone, 最低 under 价格（万元）,
 * read with its group's) and the unit its bare numbers are in (数量（吨）, or the group's 价格（万元）).
 */
function readColumns(
  cells: readonly string[],
  group: readonly string[],
): { fields: (ColumnField | 'ignore' | null)[]; units: (string | null)[] } {
  const groupOf = (j: number) => (group[j] ?? '').trim();
  const own = cells.map((c) => fieldOfHeader(c));
  const texts = cells.map((h, j) =>
    own[j] === null && groupOf(j) && groupOf(j) !== h.trim() ? `${h.trim()}${groupOf(j)}` : h,
  );
  const fields = texts.map((t, j) => (own[j] === null ? fieldOfHeader(t) : own[j]));
  // 1月 | 2月 | … | 全年合计: a plan by month, its year's total the amount where no column names one
  if (!fields.includes('quantity')) {
    const total = texts.findIndex(
      (t, j) => fields[j] === null && /^(全年|年度|年)?(合计|总计)(数量|量)?(\(.*\))?$/.test(foldHeader(t)),
    );
    if (total >= 0) fields[total] = 'quantity';
  }
  // 上市时间 | 有效期: of two date columns, the one that names the listing's end; the other (a season) is left out
  const dates = fields.flatMap((f, j) => (f === 'validUntil' ? [j] : []));
  const ends = dates.filter((j) => /有效|截止|截至|到期|失效/.test(texts[j]));
  if (dates.length > 1 && ends.length) for (const j of dates) if (!ends.includes(j)) fields[j] = null;
  // GXLX_DM | GXLX_MC, an export's code (1 / 2) and name (供应 / 需求) of one thing: the name is read, but a
  // place's code, which says more than its name
  const system = cells.map((c) => c.trim().toUpperCase().replace(/_/g, ''));
  system.forEach((key, j) => {
    if (!/^[A-Z]+DM$/.test(key) || fields[j] === 'regionCode') return;
    const named = system.indexOf(`${key.slice(0, -2)}MC`);
    if (named >= 0 && fields[named] === fields[j]) fields[j] = null;
  });
  // 产品名称 | 品种/规格: beside a column naming the product, one naming it with its specification holds the
  // specification (甘蓝 | 莲花白，单个1.5-2.5kg), where no other column does
  // (in one block, neither header naming a kind: 供应产品 | 需采购产品 and 供应方 | 需求方 are two listings' products)
  const titles = fields.flatMap((f, j) =>
    f === 'title' && !/供|需|采购|销售|收购/.test(texts[j]) && !kindOfSheetName(groupOf(j)) ? [j] : [],
  );
  if (titles.length > 1 && !fields.includes('specification')) {
    const withSpec = titles.filter((j) => /规格|型号/.test(texts[j]));
    if (withSpec.length === 1 && titles.some((j) => !withSpec.includes(j))) fields[withSpec[0]] = 'specification';
  }
  // 年产能 | 可供量（吨）: the amount offered or needed is the quantity, what the firm can make is said beside it
  // (within one block of a list with offers and demands side by side; 年产能/可供量 names the amount offered)
  const capacity = (j: number) => CAPACITY.test(texts[j]) && !OFFERED.test(texts[j]);
  const blockOf = (j: number) => kindOfSheetName(groupOf(j)) ?? '';
  for (const block of new Set(fields.map((_, j) => blockOf(j)))) {
    const amounts = fields.flatMap((f, j) => (f === 'quantity' && blockOf(j) === block ? [j] : []));
    if (amounts.length > 1 && amounts.some((j) => !capacity(j)))
      for (const j of amounts) if (capacity(j)) fields[j] = 'capacity';
    // 年需求量 | 本次采购量: the amount of this event's offer or purchase, the year's whole said beside it
    const thisTime = amounts.filter((j) => fields[j] === 'quantity' && THIS_TIME.test(texts[j]));
    if (thisTime.length === 1)
      for (const j of amounts) if (j !== thisTime[0] && fields[j] === 'quantity') fields[j] = 'capacity';
  }
  // (年产能（吨）, 种植面积（亩）: what the firm can make or has, in its header's unit too)
  const units = texts.map((h, j) =>
    fields[j] && (NUMBER_FIELDS.has(fields[j] as ColumnField) || fields[j] === 'capacity')
      ? (headerUnit(h) ?? headerUnit(groupOf(j)))
      : null,
  );
  return { fields, units };
}

/** A column of what a firm can make or has, not what it offers: 年产能, 年产量, 生产能力, 规模, 种植面积. */
const CAPACITY = /产能|产量|能力|规模|面积/;
/** Whether a cell's text is what its column holds, for the columns whose text says it (null: any text). */
function fitsColumn(text: string, field: ColumnField | null): boolean | null {
  const t = halfWidth(text).trim();
  switch (field) {
    case 'quantity':
      return (
        /^(约|每月|每年|月|年)?\d[\d.,]*\s*[万亿千]?\s*[\p{Script=Han}A-Za-z㎡³]{0,4}(\/[年月])?(左右)?$/u.test(t) &&
        !/元/.test(t)
      );
    case 'price':
    case 'priceMin':
      return /\d\s*万?元|面议|随行就市/.test(t);
    case 'validUntil':
      return /\d{4}|\d\s*月|常年|长期|全年|季|春节/.test(t) && !/元/.test(t);
    case 'contactName':
    case 'contactPhone':
      return /1\d{10}|\d{3,4}-\d{7,8}/.test(t) || DITTO.test(t);
    case 'creditCode':
      return CODE_LIKE.test(t.replace(/\s+/g, ''));
    case 'enterpriseName':
      return /(公司|合作社|厂|中心|协会|联合社|基地)$/.test(t);
    case 'regionCode':
      return /[省市州县区镇乡村寨]([(（].*[)）])?$|街道$/.test(t);
    case 'title':
      return /^\p{Script=Han}/u.test(t) && !/元|^\d/.test(t) && !/(公司|合作社)$/.test(t);
    default:
      return null;
  }
}

/**
 * A row pasted without its leading merged cells (a mail's table pasted into a sheet: 田鱼 | 8000斤 | 22-26元/斤 | 8-9月
 * under 村寨 | 合作社 | 信用代码 | 产品 | 数量 | 价格 | 供应时间): its cells moved right by the columns that make them fit
 * theirs, an amount under 数量, a price under 价格, a phone under 电话, the cells beyond the moved ones (an office's
 * column added after the paste) left where they are. Null when the row fits as it stands: a move must fit three
 * cells at least, and two more than the row as written does.
 */
function realigned(cells: readonly string[], use: readonly (ColumnField | null)[], width: number): string[] | null {
  const moveBy = (row: readonly string[], k: number) => {
    const moved = row.map(() => '');
    row.forEach((c, j) => {
      if (!c.trim()) return;
      const to = j + k < width ? j + k : j;
      moved[to] = moved[to] ? `${moved[to]}；${c}` : c;
    });
    return moved;
  };
  // (干香菇 3000斤 | 40元/斤: a product and its amount typed in one cell, the rest one column further)
  const first = cells.findIndex((c) => c.trim());
  const item = first >= 0 ? ITEM_AMOUNT.exec(halfWidth(cells[first]).trim()) : null;
  const split = item
    ? [...cells.slice(0, first), item[1].trim(), item[3].replace(/\s+/g, ''), ...cells.slice(first + 1)]
    : null;
  const fitted = (row: readonly string[], k: number) =>
    row.filter((c, j) => c.trim() && j + k < width && fitsColumn(c, use[j + k]) === true).length;
  const as = fitted(cells, 0);
  let best: string[] | null = null;
  let score = as;
  for (let k = 1; k <= 3; k++)
    for (const row of split ? [cells, split] : [cells]) {
      const n = fitted(row, k);
      if (n >= 3 && n >= as + 2 && n > score) [best, score] = [moveBy(row, k), n];
    }
  return best;
}

/**
 * The kind a row says of itself where no column gives one: a product marked （需要）, （求购）, （出售）; a remark that
 * is a purchase (求购; 缺苗，求购). The kind, and the title without its mark; null when it says none.
 */
/** A note saying what the rows no mark is put on are: 没有任何标注的均为供应信息, 未标注的为需求. */
const UNMARKED_KIND =
  /(?:没有|无|未|不加|不带)(?:任何)?(?:标注|标记|标识|注明|加注)的?(?:信息|行|条目)?(?:均|都|即|一律)?(?:为|是|属于?)(供应|需求)/;

function kindMarked(cells: Partial<Record<ColumnField, string>>): { kind: '供应' | '需求'; title?: string } | null {
  const title = cells.title?.trim() ?? '';
  // 【需】快递纸箱, [供]茶叶, 求购4.2米冷藏车: a mark, or the buying word, before the product
  const before = /^[【[〔（(](需|需求|求购|采购|收购|供|供应|售)[】\]〕）)]\s*|^(求购|收购|急购)(?=\S)/.exec(title);
  if (before && title.length > before[0].length)
    return {
      kind: /^(供|供应|售)$/.test(before[1] ?? '') ? '供应' : '需求',
      title: title.slice(before[0].length).trim(),
    };
  const mark = /[（(](需要|求购|采购|收购|需求|想买|出售|供应|可供)[)）]$/.exec(title);
  if (mark)
    return {
      kind: /出售|供应|可供/.test(mark[1]) ? '供应' : '需求',
      title: title.slice(0, mark.index).trim() || title,
    };
  if (cells.remark !== undefined && /^(求购|收购|采购|想买)|[，,]\s*求购$/.test(cells.remark.trim()))
    return { kind: '需求' };
  return null;
}

/** A remark saying the unit the amount is counted in: 库存是按斤报的, 库存填的是斤数, 这个库存报的是箱数. */
const AMOUNT_UNIT_SAID =
  /(库存|数量|数目|可供量|供应量|采购量|需求量)[^，,；;。\d]{0,4}?(斤|公斤|千克|吨|箱|件|瓶|袋|盒|个|只|套|桶)(?:数|报|计|为单位)/;
/** An amount of this event's offer or purchase, not the year's (本次采购量, 此次可供量). */
const THIS_TIME = /本次|此次|本批|本轮|本期/;
/** What names the amount offered or needed itself (年产能/可供量). */
const OFFERED = /可供|供应量|供货量|需求量|采购量|数量/;

/** Each column's field within `columns` (all when null); a field named twice counts once, in its first column, but for places. */
function usesOf(fields: readonly (ColumnField | 'ignore' | null)[], columns: readonly number[] | null) {
  const seen = new Set<ColumnField>();
  return fields.map((f, j) => {
    if (!f || f === 'ignore' || (columns && !columns.includes(j))) return null;
    // 县区 | 乡镇/园区: every place column, read together (placeOf)
    if (seen.has(f) && f !== 'regionCode') return null;
    seen.add(f);
    return f;
  });
}

function namesOf(cells: readonly string[], use: readonly (ColumnField | null)[]): Partial<Record<ColumnField, string>> {
  const names: Partial<Record<ColumnField, string>> = {};
  cells.forEach((h, j) => {
    if (use[j]) names[use[j]] = h;
  });
  return names;
}

/**
 * A row below the header that is a header itself: at least three fields named, four in five of its
 * texts header names (a firm's row names a firm and a product, rarely more, beside its quantities),
 * none a bare number (a 序号) or a credit code.
 */
function headerAgain(cells: readonly string[]): ReturnType<typeof readColumns> | null {
  const texts = cells.map((c) => c.trim()).filter(Boolean);
  if (texts.length < 3 || texts.some((t) => /^\d[\d,.]*$/.test(halfWidth(t)) || CODE_LIKE.test(t))) return null;
  const read = readColumns(cells, []);
  const named = new Set(read.fields.filter((f) => f && f !== 'ignore'));
  const recognised = cells.filter((c, j) => c.trim() && read.fields[j] !== null).length;
  return named.size >= 3 && recognised >= 0.8 * texts.length ? read : null;
}

/**
 * The firm a line names by labels, each with its value (企业名称：贵州某公司  统一社会信用代码：9152…  生产地址：…),
 * in one cell or several; null unless it names the firm's name and its code.
 */
function labelledFirm(cells: readonly string[]): Partial<Record<ColumnField, string>> | null {
  const firm: Partial<Record<ColumnField, string>> = {};
  for (const cell of cells)
    for (const m of halfWidth(cell).matchAll(/([^\s:：]{2,10})[:：]\s*([^\s:：]+)/g)) {
      // (生产地址, 经营地址: where the firm works, the place its rows are in)
      const read = /^(生产|经营|厂区|工厂)?(地址|地点|所在地)$/.test(m[1]) ? 'regionCode' : fieldOfHeader(m[1]);
      const field = read && read !== 'ignore' && FIRM_FIELDS.includes(read) ? read : null;
      if (field && firm[field] === undefined) firm[field] = m[2];
    }
  return firm.enterpriseName !== undefined && firm.creditCode !== undefined ? firm : null;
}

/** 审核人：张三, 填报日期：2026-11-30 — a label, a colon, a value. */
const LABELLED = /^[^：:]{1,12}[：:]/;
/** 1、… / 一、… / (1) … — an item of the 填报说明. */
const NUMBERED = /^([(（]?[\d一二三四五六七八九十]{1,2}[)）、.．]|注[：:]?|说明)/;
/** The words a table's summary line begins with (合计, 供给类小计, 共12条). */
const SUMMARY =
  /^(\p{Script=Han}{0,6}(合\s*计|总\s*计|小\s*计|共\s*计)|共\s*\d+\s*(家|个|项|户|条)|(本期|本次|本月)?(无|暂无|没有)(企业|单位|合作社|主体)?(报送|上报|填报|数据))/u;
/** The 序号 of the form's example row: 例, 示例, 填写示例. */
const EXAMPLE_ROW = /^(例|示例|样例|范例|举例|填写示例|填表示例|填报示例)[:：]?$/;
/** What a form says to fill in a column, on a row of its own under the header. */
const FILL_HINT =
  /^(必填|选填|非必填|可选|可不填|可空)|^[（(](必填|选填)[)）]$|^(请|须|需)?(填写|填)|^\d+位$|^(如|例|例如|格式)[:：]|^供应[/／]需求$|^[\p{Script=Han}]{1,3}([/／][\p{Script=Han}]{1,3}){2,}等?$|^元[/／]/u;
/** A product cell that lists nothing: （暂无）, 无需求. */
const NONE_LISTED = /^[（(]?(暂无|无|没有|不需要|暂不需要|无需求|无供应|暂无需求|暂无供应)[)）]?$/;
/** A form tool's test entry, written by whoever set the form up. */
const TEST_ENTRY = /^(测试|test|testing|样例|测试数据|测试企业|测试公司|测试产品|测试需求|测试供应|测试信息)\d*$/i;
/** A remark that says its row is a test: 测试，请忽略, 测试数据，勿对接. */
const TEST_NOTE =
  /^(测试|测试数据|测试用|此条为测试)[，,、。\s]*(请)?(忽略|勿对接|勿用|删除)?$|^(店家|店铺|卖家|商家)?测试用的?[，,、。\s]*(不是商品|非商品|请忽略)?$/;
/** A shop's test listing, as its title says it: 测试商品 请勿拍下, 测试链接勿拍. */
const TEST_LISTING = /^测试(商品|链接|产品)[\s，,]*(请?勿拍(下)?|勿购买|不发货)?$/;
/**
 * A cell that says the listing was taken back: （已撤回）, 已退出, 作废, 企业已撤回（3月12日电话告知）; or, in a form
 * system's review column, sent back or refused (已退回, 驳回, 审核不通过): a submission the firm was to enter again.
 */
const WITHDRAWN =
  /(这次|本次|此次)不(上)?报|^(已撤回|已撤销|已取消|已作废|作废|已退出|已注销|已删除|已退回|退回|已驳回|驳回|审核不通过|审核未通过|拒绝|已拒绝|审批拒绝|审批不通过|已下架|下架|已停售|停售)$|[（(](已撤回|已撤销|已取消|已作废|作废|已退出|已删除)[)）]|^(企业|该企业|本企业|对方)?(\d{1,2}月\d{1,2}[日号]?)?(来电|电话|打电话|微信)?(告知|通知)?(已经?|现已)?(申请)?(撤回|撤销|取消|作废|退出)([（(，,；;。:：].*)?$/;
/**
 * A cell that says its row repeats another or was entered in error and is to go: 与汇总表重复，以汇总表为准,
 * 与第20行重复, 百香果表第3条已有，重复, 填错了，以15行为准，请删除, 重复填报，请忽略, 此行请删除. Not a remark that merely names a standard
 * (价格以合同为准) or a reuse (可重复使用), nor one saying the row itself stands (上午那条填错了，以这条为准): it says 重复
 * of the row, or 填错, or asks for the row to go.
 */
const REPEAT_NOTE =
  /(与|和|跟).{0,20}重复(?!使用|利用|购|订)|(与|和|跟)[^，,；;。]{0,20}是同一(个|条|项)?(商品|产品|需求|供应|条目|条|项|信息)|重复(填报|填写|录入|提交|上报|报送)|重复[，,；;。]\s*(以(?!这|此|本)[^，,；;。]{0,12}为准|请?(删除|删掉|忽略|作废))|(填错|写错|录错|填写错误|录入错误).{0,20}(以(?!这|此|本)[^，,；;。]{0,12}为准|删除|删掉|作废|忽略)|^(此行|本行|该行)?请?删除(此行|本行|该行)?[。!！]?$|(已有|已报|已填|已录入?|已经有了?|已报过|已填过)[了，,；;。\s]*(属|系|为)?重复[。!！]?$/;
/**
 * A cell that says the firm sent the same entry again (企业又交了一份，和第6条一样): the row repeats one above. Both
 * the sending again and the sameness: a form sent again that changes something (又交了一份，价格改了) corrects.
 */
/** A remark saying its own row stands where another repeats it: 附件2中重复报送，以本表为准. */
const STANDS = /以(这|此|本)(一)?(条|次|个|行|份|表|张表)?为准/;
const SENT_AGAIN = /(又|再次?|重复)(交|报|填|发|提交|上报|送)了?(一|两)?(份|遍|次)/;
const SAME_AGAIN = /一样|相同|一致|没变|没有变|无变化|未变|^同第?\s*\d+\s*(号|条|项|行)|不重复(统计|计算|计入|录入)/;
/** A cell that points to the entry told in words elsewhere in its row: 详见情况说明, 见备注. */
const SEE_PROSE = /^(详见|见|参见|具体见)(情况说明|说明|备注|描述|简介|详情)(栏|列)?$/;
/** The amount an entry told in words names after 约, 需, 收购 or 库存: …每年需净化磷酸（85%）约2.4万吨, 库存约3000斤. */
const PROSE_AMOUNT =
  /(?:约|大约|大概|需要?|收购|采购|库存|可供|供应)[^，,；;。\d]{0,12}?(\d[\d.]*\s*[万亿千]?\s*(?:吨|千克|公斤|斤|立方米|方|箱|件|台|套|瓶|个|只|亩|平方米)(?:\/年)?)/;
/** A date said from today in words: 有效期到明年3月底. */
const PROSE_UNTIL = /有效(?:期)?(?:至|到|截至)?((?:今年|明年|后年)\d{1,2}月(?:底|末|\d{1,2}日)?)/;
/** A price the row's words name by its label: 收购价80-120元/只, 单价：3.5元/斤, 出厂价约2800元/吨. */
const PRICE_NAMED =
  /(?:收购价|采购价|出厂价|到厂价|到货价|销售价|售价|单价|价格|报价|批发价|零售价|供货价)(?:格)?[:：]?\s*(?:约|大约)?\s*(\d[\d.]*(?:\s*[-~～—至到]\s*\d[\d.]*)?\s*(?:万元|元)\s*\/\s*[^\s，,；;。)）]{1,4})/;
/** A price a reviewer or remark says the row's should be: 核实是4.5元/斤, 应为3000元/吨, 更正为2-2.5元/斤. */
const PRICE_CORRECTED =
  /(?:核实|核对|确认|更正|改|应该?|实际)后?(?:是|为|成)\s*(\d[\d.]*(?:\s*[-~～—至到]\s*\d[\d.]*)?\s*(?:万元|元|块)\s*\/\s*[^\s，,；;。)）]{1,4})/;
/** A remark whose last clause takes its row back: …苗已订完，撤回; …已自行采购，已取消。 */
const WITHDRAWN_CLAUSE =
  /[，,；;。]\s*(这条|此条|本条|该条)?(已经?|现已)?(撤回|撤销|作废|取消|不报|不上报|不录入|不要|撤掉|删掉|删除|删|不再发布|不发布|请?勿发布|无需发布|不用发布|不再上报|不再报送)了?[。.!！]?$/;
/**
 * A remark that says who asked to take the row back, after what happened, if anything (已销售完，合作社申请撤回;
 * 已另行采购，企业要求撤销; 企业申请撤回). Not one that names a product first (硫磺已签年度合同，企业申请撤回): that takes back
 * the product it names (namedInRemark).
 */
const WITHDRAWN_ON_REQUEST =
  /^(?:(?:已|均已|全部已|货已|现已|目前已|已经)[^，,；;。]{0,12}[，,；;。]\s*)?(?:该|本)?(?:企业|公司|合作社|厂家|厂方|基地|农户|对方)(?:已经?|现已)?(?:申请|要求)(?:撤回|撤销|取消|作废)了?[。.!！]?$/;
/**
 * A remark saying the firm will not take part this time (12月2日企业来电已撤回，不参加本次活动; 企业不参加此次对接会):
 * its row is no listing of this event. "This time" is needed: 不参加展会 alone may be a firm's habit, not a withdrawal.
 */
const NOT_TAKING_PART = /不(再)?参(加|与)(本次|这次|此次|这一次)(的)?(活动|对接|对接会|对接活动|产销对接|会议|展会)/;
/** A cell saying its entry is void: 此条作废, 本项已撤回, 该条信息取消. */
const ENTRY_VOID = /(此条|本条|该条|此项|本项|该项|此行|本行)(信息|需求|供应)?(已|现已)?(作废|撤回|撤销|取消)/;
/** A cell that says its row is the form's example: 此行为填写示例, 示例数据. */
const EXAMPLE_NOTE = /^(此行|本行)?(为|是)?(填写|填表|填报)?(示例|样例|范例)(行|数据)?([，,].*)?$/;
/** A credit code written as the form's placeholders: 93522632××××××××××, 9152××××. */
const PLACEHOLDER_CODE = /^[\dA-Z]{0,12}[×xX＊*]{6,}$/;

/** A 已对接 (or 是否签约, 对接状态) cell that says the row was met already. */
const MATCHED = /^(是|已对接|已签约|已成交|已完成|已达成|对接成功|已对接成功|√|✓|✔|y|yes)$/i;

/** A cell that repeats the one to its left. */
const DITTO_LEFT = /^(同左|同前)$/;

function leftDittos(cells: readonly string[]): string[] {
  const out: string[] = [];
  cells.forEach((c, j) => out.push(j > 0 && DITTO_LEFT.test(c.trim()) ? out[j - 1] : c));
  return out;
}

/** A cell that repeats the one above: 同上, 〃, ″. */
const DITTO = /^(同上|同上。|〃|″|")$/;
/** A day written alone beside the signatures: 2026年12月4日, 2026-12-04. */
const DATE_ALONE = /^\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?$/;
/** An office signing with the day, in one cell: 经开区经发局 2026.11.30, 县商务局（盖章）2026年12月1日. */
const DATE_AFTER = /\S\s*\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?$/;
/** An office's stamp after its name: 乡镇农业服务中心（盖章）. */
const STAMPED = /[(（](盖章|签章|签字|公章|印章)[)）]$/;
/** A stamp or a note wholly in brackets: （县商务局盖章）. */
const BRACKETED = /^[(（][^()（）]*[)）]$/;
/** What a credit code looks like, checked or not (a summary merged across the code's column is none). */
const CODE_LIKE = /^[0-9A-Za-z]{15,20}$/;

/**
 * A row that is no listing: it names no firm, credit code or product; or every cell is a
 * "label：value" note (审核人：…, 填报日期：…); or one note fills the whole row (a merged cell);
 * or it is a summary (合计) or an item of the notes with neither credit code nor product.
 */
function isNoteRow(cells: Partial<Record<ColumnField, string>>, texts: string[]): boolean {
  if (cells.creditCode === undefined && cells.enterpriseName === undefined && cells.title === undefined) return true;
  // 合计 / 共6家企业… merged over the firm's and the code's columns
  if (SUMMARY.test(texts[0] ?? '') && !CODE_LIKE.test((cells.creditCode ?? '').replace(/\s+/g, ''))) return true;
  // 填报人：… | 审核人：… | 2026年12月4日: the signatures and the day they were signed
  if (
    texts.every((t) => LABELLED.test(t) || BRACKETED.test(t) || DATE_ALONE.test(t) || STAMPED.test(t)) &&
    texts.some((t) => LABELLED.test(t))
  )
    return true;
  // 审核人： | 覃建华 | 填表人： | 吴静 | 联系电话： | 0854-…, 填报人：禄正武 | 审核人： | 钟山区工业和能源局: labels
  // (with their values or in cells of their own) for half the row at least
  const labels = texts.filter((t) => LABELLED.test(t)).length;
  if (labels >= 2 && labels * 2 >= texts.length && !CODE_LIKE.test((cells.creditCode ?? '').replace(/\s+/g, '')))
    return true;
  const mapped = Object.values(cells);
  if (mapped.length >= 2 && new Set(mapped).size === 1) return true; // one merged note across the row
  if (formFooter([...new Set(texts)])) return true;
  // the form's own example: 例 | 榕江县××合作社 | 93522632×××… | … | 此行为填写示例
  if (EXAMPLE_ROW.test(texts[0] ?? '') || texts.some((t) => EXAMPLE_NOTE.test(t))) return true;
  // the form's hints under its header (必填 | 必填，18位 | 供应/需求 | 填数字 | 如：正安县): half the row at least
  if (texts.filter((t) => FILL_HINT.test(t)).length * 2 >= texts.length && texts.length >= 3) return true;
  // a product cell that says there is none (（暂无）, 无需求)
  if (cells.title !== undefined && NONE_LISTED.test(cells.title.trim())) return true;
  // a form tool's test submission (测试 | 123 | 测试), and a listing the list says was withdrawn (腊肉（已撤回）, 状态 已退出)
  if ([cells.enterpriseName, cells.title].some((t) => t !== undefined && TEST_ENTRY.test(t.trim()))) return true;
  if (cells.title !== undefined && TEST_LISTING.test(cells.title.trim())) return true;
  // …or one that says so: 测试，请忽略 in its remark, 某公司（测试） as its firm
  if (texts.some((t) => TEST_NOTE.test(t)) || /[（(]测试[)）]$/.test(cells.enterpriseName?.trim() ?? '')) return true;
  // (a cell of products one to a line, one of them marked 减速电机（已撤回）: that line alone, read by lineItems)
  const oneLineMarked = (t: string) =>
    /\n/.test(t) && t.split('\n').some((line) => line.trim() && !WITHDRAWN.test(line.trim()));
  if (texts.some((t) => WITHDRAWN.test(t) && !oneLineMarked(t))) return true;
  // …or a remark's last clause that says so (12月2日合作社打电话说苗已订完，撤回)
  // (or a reviewer's column beside it: 企业后来说辣椒不要了，不报)
  const own = [cells.title, cells.specification, cells.description].map((c) => c?.trim());
  if (
    texts.some(
      (t) => !own.includes(t) && (WITHDRAWN_CLAUSE.test(t) || WITHDRAWN_ON_REQUEST.test(t) || NOT_TAKING_PART.test(t)),
    )
  )
    return true;
  // …or that this entry is void, whatever else the cell says (鲜果已全部售完，此条作废（12月3日）)
  // (a cell of several products one to a line takes back one of them: 何首乌…此项作废, read by lineItems)
  if (!/\n/.test(cells.title ?? '') && texts.some((t) => ENTRY_VOID.test(t))) return true;
  // a row that says it repeats another or was entered in error (与汇总表重复，以汇总表为准; 填错了，请删除)
  // (in a remark or a reviewer's column, not in what the row says of its product)
  const said = [cells.title, cells.specification].map((c) => c?.trim());
  if (
    texts.some(
      (t) =>
        !said.includes(t) &&
        !STANDS.test(t) &&
        remarkSays(t, cells.title) !== 'stays' &&
        (REPEAT_NOTE.test(t) || (SENT_AGAIN.test(t) && SAME_AGAIN.test(t))),
    )
  )
    return true;
  if (PLACEHOLDER_CODE.test((cells.creditCode ?? '').trim())) return true;
  if (cells.creditCode === undefined && cells.title === undefined) {
    const name = cells.enterpriseName ?? '';
    return SUMMARY.test(name) || NUMBERED.test(name) || LABELLED.test(name) || DATE_AFTER.test(name);
  }
  return false;
}

/** A remark that takes something back or calls it a repeat (撤回, 作废, 与序号12重复, 不参加对接). */
const TAKEN_BACK_OR_REPEATED = /撤回|撤销|作废|取消|不参加|不报|重复/;
/** Words before a product a remark says stays or is new: 仅新增干混砂浆, 保留硅锰. */
const STAYS_BEFORE = /(仅|只)?(新增|新报|保留|继续报|另报|照常报|不变)[了的]?$/;

/** What a remark says of the product `title` names: nothing, that it stays (仅新增干混砂浆), or, named otherwise, that it goes. */
function remarkSays(remark: string, title: string | undefined): 'stays' | 'goes' | null {
  const t = productCore(title ?? '');
  const at = t.length >= 2 ? remark.indexOf(t) : -1;
  if (at < 0) return null;
  return STAYS_BEFORE.test(remark.slice(Math.max(0, at - 6), at)) ? 'stays' : 'goes';
}

/**
 * A row of several products (column groups, a cell of lines) whose remark takes back or calls repeated the products
 * it names (硫磺…申请撤回，不参加对接; C30商品混凝土、水泥与上面序号12重复，仅新增干混砂浆): those products are notes,
 * and the remark is not the others' (it would leave the whole row out); a product it says stays (仅新增…) stays.
 * A remark naming none of them stays with every product, for the row's own reading.
 */
function namedInRemark(
  rows: ParsedSheet['rows'],
  from: number,
  to: number,
  sheet: string | null,
  skipped: SkippedRow[],
): void {
  const own = rows.slice(from, to);
  const row = own[0]?.row;
  const remark = own[0]?.cells.remark;
  if (own.length < 2 || remark === undefined || !TAKEN_BACK_OR_REPEATED.test(remark)) return;
  if (own.some((r) => r.cells.remark !== remark)) return;
  const said = own.map((r) => remarkSays(remark, r.cells.title));
  if (!said.includes('goes')) return;
  for (let k = own.length - 1; k >= 0; k--) {
    if (said[k] === 'goes') {
      skipped.push({
        sheet,
        row,
        text: `备注说明已撤回或重复：${own[k].cells.title!.slice(0, 40)}（${remark.slice(0, 60)}）`,
      });
      rows.splice(from + k, 1);
    } else delete rows[from + k].cells.remark;
  }
}

/** The header printed again on a later page of the list: its firm and product cells say what the header's do. */
function isRepeatedHeader(
  cells: Partial<Record<ColumnField, string>>,
  header: Partial<Record<ColumnField, string>>,
): boolean {
  const same = (f: ColumnField) =>
    cells[f] !== undefined && header[f] !== undefined && foldHeader(cells[f]) === foldHeader(header[f]);
  return same('enterpriseName') && same('title');
}

/**
 * Decodes a text file: a BOM says UTF-8 or UTF-16 (Excel's "Unicode 文本"); otherwise UTF-8 when
 * the bytes are valid UTF-8, else GB18030 — what Excel and WPS in China save.
 */
export function decodeText(data: Buffer): string {
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  if (data.includes(0)) throw new FileProblem('不是 .xlsx、.xls 或 .csv 文件');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}

/** Comma, tab or semicolon: the one the first lines use most outside quotes. */
export function detectDelimiter(text: string): string {
  const head = text
    .slice(0, 8192)
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim())
    .slice(0, 5)
    .join('\n');
  const outside = head.replace(/"[^"]*"/g, '');
  const count = (d: string) => outside.split(d).length - 1;
  return [',', '\t', ';'].sort((a, b) => count(b) - count(a))[0];
}

/**
 * RFC 4180 CSV (or TSV): quoted fields with doubled quotes, delimiters and line breaks inside
 * quotes. Blank lines cost no array; more than `maxLines` lines refuse the file while reading. Rows
 * are numbered as Excel shows the file, one per record: a cell with a line break in it does not move
 * the numbers of the rows below it.
 */
export function parseCsv(text: string, delimiter = ',', maxLines = Number.POSITIVE_INFINITY): SheetRow[] {
  const rows: SheetRow[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let record = 1;
  const end = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== '') rows.push({ row: record, cells: row });
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
      if (row.length > MAX_CSV_FIELDS)
        throw new FileProblem(`第 ${record} 行列数过多（超过 ${MAX_CSV_FIELDS} 列）；请删去多余的列`);
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      end();
      line++;
      record++;
      if (line > maxLines) throw new FileProblem(`行数过多（超过 ${maxLines} 行，含空行）；请删去空行或分批导入`);
    } else field += ch;
    if (quoted && (ch === '\n' || ch === '\r')) {
      line++;
      if (line > maxLines) throw new FileProblem(`行数过多（超过 ${maxLines} 行，含空行）；请删去空行或分批导入`);
    }
  }
  if (field !== '' || row.length) end();
  return rows;
}

function readDelimited(data: Buffer): SheetRow[] {
  const text = decodeText(data).replace(/^\uFEFF/, '');
  return parseCsv(text, detectDelimiter(text), MAX_CSV_LINES);
}

export { HEADER_OF };
