#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lists, or fills, the messages of a Qt Linguist .ts file that tst_translations would complain about.

  translations/list-unfinished.py translations/cloudy_ca.ts            # unfinished/vanished, as text
  translations/list-unfinished.py --json translations/cloudy_ca.ts     # the same as JSON (context, source, ...)
  translations/list-unfinished.py --apply ca.json translations/cloudy_ca.ts [--drop-vanished]

--apply reads a JSON object {"context\\u0004source": "translation" or ["form 1", "form 2"]} (a key without
a context applies to the source in every context) and fills the matching unfinished messages in place,
dropping type="unfinished"; it edits the text of the file, so lupdate's layout is kept.
"""
import html
import json
import re
import sys

MESSAGE = re.compile(r'(?P<indent>[ \t]*)<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>\n', re.S)
CONTEXT = re.compile(r'<context>\s*<name>(.*?)</name>(.*?)</context>', re.S)


def unescape(text):
    return html.unescape(text)


def escape(text):
    # as lupdate writes it, so that a later lupdate run changes nothing
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def messages(text):
    for ctx in CONTEXT.finditer(text):
        context = unescape(ctx.group(1))
        base = ctx.start(2)
        for msg in MESSAGE.finditer(ctx.group(2)):
            body = msg.group('body')
            source = re.search(r'<source>(.*?)</source>', body, re.S)
            comment = re.search(r'<(?:extra)?comment>(.*?)</(?:extra)?comment>', body, re.S)
            tr = re.search(r'<translation([^>]*)>', body)
            yield {
                'context': context,
                'source': unescape(source.group(1)) if source else '',
                'comment': unescape(comment.group(1)) if comment else '',
                'numerus': 'numerus="yes"' in msg.group('attrs'),
                'type': (re.search(r'type="(\w+)"', tr.group(1)).group(1)
                         if tr and 'type=' in tr.group(1) else ''),
                'translation': unescape(re.sub(r'<[^>]+>', '\x1f', body.split('<translation', 1)[1].split('>', 1)[1].rsplit('</translation>', 1)[0])) if tr and '</translation>' in body else '',
                'start': base + msg.start(), 'end': base + msg.end(), 'match': msg,
            }


def apply(path, table, drop_vanished):
    text = open(path, encoding='utf-8').read()
    out, pos, filled, dropped = [], 0, 0, 0
    for m in messages(text):
        if m['type'] in ('vanished', 'obsolete') and drop_vanished:
            out.append(text[pos:m['start']])
            pos = m['end']
            dropped += 1
            continue
        if m['type'] != 'unfinished':
            continue
        value = table.get(m['context'] + '\x04' + m['source'], table.get(m['source']))
        if value is None:
            continue
        msg = m['match']
        indent = msg.group('indent')
        body = msg.group('body')
        head, rest = body.split('<translation', 1)
        tail = rest.split('</translation>', 1)[1] if '</translation>' in rest else rest.split('/>', 1)[1]
        if m['numerus']:
            forms = value if isinstance(value, list) else [value]
            inner = ''.join('\n%s        <numerusform>%s</numerusform>' % (indent, escape(f)) for f in forms)
            translation = '<translation>%s\n%s    </translation>' % (inner, indent)
        else:
            assert isinstance(value, str), m['source']
            translation = '<translation>%s</translation>' % escape(value)
        out.append(text[pos:m['start']])
        out.append('%s<message%s>%s%s%s</message>\n' % (indent, msg.group('attrs'), head, translation, tail))
        pos = m['end']
        filled += 1
    out.append(text[pos:])
    open(path, 'w', encoding='utf-8').write(''.join(out))
    print('%s: %d filled, %d vanished dropped' % (path, filled, dropped), file=sys.stderr)


def main(argv):
    if '--apply' in argv:
        i = argv.index('--apply')
        table = json.load(open(argv[i + 1], encoding='utf-8'))
        rest = [a for a in argv[1:] if a not in ('--apply', argv[i + 1], '--drop-vanished')]
        for path in rest:
            apply(path, table, '--drop-vanished' in argv)
        return 0
    as_json = '--json' in argv
    paths = [a for a in argv[1:] if not a.startswith('--')]
    result = []
    for path in paths:
        for m in messages(open(path, encoding='utf-8').read()):
            if m['type'] in ('unfinished', 'vanished', 'obsolete'):
                result.append({k: m[k] for k in ('context', 'source', 'comment', 'numerus', 'type', 'translation')})
    if as_json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
    else:
        for m in result:
            print('%-10s [%s]%s %r%s' % (m['type'], m['context'], ' (plural)' if m['numerus'] else '',
                                       m['source'], ' -> %r' % m['translation'] if m['translation'] else ''))
    print('%d message(s)' % len(result), file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
