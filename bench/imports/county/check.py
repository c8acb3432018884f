#!/usr/bin/env python3
"""Runs county clerks' files through a running platform's import preview and compares each row with
the clerk's answer key (BRIEF.md). Nothing is written: every upload is a dry run (?dryRun=true).

  python3 bench/imports/county/check.py [--port 3000] [--verbose] FOLDER [FOLDER ...]

Each FOLDER holds a clerk's files and answers.jsonl. An entry is right when a row of its file was
accepted with its firm's code, its kind, a title holding its product, its county, its quantity
and unit (吨 ≡ 1000 千克, 千升 ≡ 1000 升), its prices and its validity; a SKIP entry is right when no
accepted row is left that names its firm and product. Accepted rows that answer no entry are
counted as extra listings. An entry valid until a day already past counts as one to leave out
(the platform refuses it, rightly). Categories are not compared.
"""
import argparse
import datetime
import json
import os
import sys
import unicodedata
import urllib.request
import uuid

BASE = {'吨': ('千克', 1000.0), '千升': ('升', 1000.0)}


def norm(s):
    return unicodedata.normalize('NFKC', s or '').replace(' ', '').lower()


def base(quantity, unit):
    if unit in BASE:
        u, f = BASE[unit]
        return (None if quantity is None else quantity * f), u, f
    return quantity, unit, 1.0


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def call(port, path, body=None, token=None, headers=None, raw=None):
    h = {'content-type': 'application/json'} if raw is None else {}
    h.update(headers or {})
    if token:
        h['authorization'] = f'Bearer {token}'
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(f'http://127.0.0.1:{port}{path}', data=data, headers=h)
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return r.status, json.loads(r.read() or b'null')
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b'null')


def gql(port, query, variables=None, token=None):
    status, out = call(port, '/graphql', {'query': query, 'variables': variables or {}}, token)
    if out.get('errors'):
        raise RuntimeError(json.dumps(out['errors'], ensure_ascii=False))
    return out['data']


def organiser_event(port, email, password):
    token = gql(
        port,
        'mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }',
        {'i': {'email': email, 'password': password}},
    )['logIn']['accessToken']
    edges = gql(
        port, '{ dockingEvents(first: 100, organisedByMe: true) { edges { node { id endsAt } } } }', token=token
    )['dockingEvents']['edges']
    events = sorted((e['node'] for e in edges), key=lambda n: n['endsAt'], reverse=True)
    return token, events[0]['id']


def preview(port, token, event, path):
    boundary = uuid.uuid4().hex
    name = os.path.basename(path)
    with open(path, 'rb') as f:
        content = f.read()
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
        f'Content-Type: application/octet-stream\r\n\r\n'
    ).encode() + content + f'\r\n--{boundary}--\r\n'.encode()
    status, out = call(
        port,
        f'/events/{event}/listings/import?dryRun=true',
        token=token,
        headers={'content-type': f'multipart/form-data; boundary={boundary}'},
        raw=body,
    )
    return status, out


def expired(entry):
    """A listing valid until a day already past is refused, rightly: counted as an entry to leave out."""
    today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date().isoformat()
    return bool(entry.get('validUntil')) and entry['validUntil'] < today


def compare(entry, row):
    wrong = []
    if row.get('regionCode') != entry.get('county'):
        wrong.append(f"county {row.get('regionCode')} ≠ {entry.get('county')}")
    eq, eu, ef = base(entry.get('quantity'), entry.get('unit'))
    rq, ru, rf = base(row.get('quantity'), row.get('unit'))
    if not close(eq, rq) or (eu or None) != (ru or None):
        wrong.append(f"amount {row.get('quantity')} {row.get('unit')} ≠ {entry.get('quantity')} {entry.get('unit')}")
    for k in ('priceMin', 'priceMax'):
        e = entry.get(k)
        r = row.get(k)
        e = None if e is None else e / ef
        r = None if r is None else r / rf
        if not close(e, r):
            wrong.append(f'{k} {row.get(k)} ≠ {entry.get(k)}')
    if (row.get('validUntil') or '')[:10] != (entry.get('validUntil') or ''):
        wrong.append(f"validUntil {row.get('validUntil')} ≠ {entry.get('validUntil')}")
    return wrong


def check_folder(port, token, event, folder, verbose):
    entries = [json.loads(l) for l in open(os.path.join(folder, 'answers.jsonl'), encoding='utf-8') if l.strip()]
    files = sorted({e['file'] for e in entries})
    total = right = extra = 0
    lines = []
    for name in files:
        mine = [e for e in entries if e['file'] == name]
        status, out = preview(port, token, event, os.path.join(folder, name))
        rows = (out or {}).get('rows') if status == 200 else None
        if rows is None:
            problem = json.dumps(out, ensure_ascii=False)[:300]
            lines.append(f'  {name}: refused ({status}) {problem}')
            total += len(mine)
            continue
        accepted = [r for r in rows if r['outcome'] == 'ACCEPT']
        used = set()
        ok = 0
        failures = []

        def find(e):
            # Of the rows that could be the entry's (its firm, kind, and a title holding its product), the one
            # that differs from it least: 白及 is in 白及（干） and in 白及组培苗 alike.
            best = None
            for i, r in enumerate(accepted):
                if i in used or r.get('creditCode') != e['creditCode'] or r.get('kind') != e['kind']:
                    continue
                if norm(e['product']) not in norm(r.get('title')):
                    continue
                # A sheet read as two parts is named 'Sheet1·供应' and 'Sheet1·需求'.
                if e.get('sheet') and r.get('sheet') and r['sheet'].split('·')[0] != e['sheet']:
                    continue
                cost = (len(compare(e, r)), len(norm(r.get('title'))))
                if best is None or cost < best[0]:
                    best = (cost, i)
            return None if best is None else best[1]

        for e in mine:
            if e['kind'] == 'SKIP' or expired(e):
                continue
            i = find(e)
            if i is None:
                failures.append(f"    missing: {e['kind']} {e['firm']} 「{e['product']}」")
                continue
            used.add(i)
            wrong = compare(e, accepted[i])
            if wrong:
                failures.append(f"    row {accepted[i]['row']} 「{accepted[i]['title']}」: " + '; '.join(wrong))
            else:
                ok += 1
        left = [r for i, r in enumerate(accepted) if i not in used]
        for e in mine:
            if e['kind'] != 'SKIP' and not expired(e):
                continue
            hit = [
                r
                for r in left
                if r.get('creditCode') == e['creditCode'] and norm(e['product']) in norm(r.get('title'))
            ]
            if hit:
                failures.append(f"    skip imported: row {hit[0]['row']} 「{hit[0]['title']}」")
                left = [r for r in left if r is not hit[0]]
            else:
                ok += 1
        for r in left:
            failures.append(f"    extra: row {r['row']} {r.get('kind')} {r.get('enterpriseName')} 「{r.get('title')}」")
        total += len(mine)
        right += ok
        extra += len(left)
        lines.append(f'  {name}: {ok} of {len(mine)} right, {len(left)} extra ({len(rows)} rows, {len(accepted)} accepted)')
        if verbose:
            lines.extend(failures)
    return total, right, extra, lines


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--port', type=int, default=3000)
    p.add_argument('--verbose', action='store_true')
    p.add_argument('--email', default='organiser@demo.duijie.cn')
    p.add_argument('--password', default='duijie-demo-2020')
    p.add_argument('folders', nargs='+')
    a = p.parse_args()
    token, event = organiser_event(a.port, a.email, a.password)
    T = R = X = 0
    for folder in a.folders:
        total, right, extra, lines = check_folder(a.port, token, event, folder, a.verbose)
        T += total
        R += right
        X += extra
        print(f'{os.path.basename(folder.rstrip("/"))}: {right} of {total} right ({100 * right / max(total, 1):.1f}%), {extra} extra')
        print('\n'.join(lines))
    print(f'all: {R} of {T} right ({100 * R / max(T, 1):.1f}%), {X} extra')


if __name__ == '__main__':
    sys.exit(main())
