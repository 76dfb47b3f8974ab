#!/usr/bin/env python3
"""List the event misses of an extraction against gold annotations.

Pairs each gold event with a predicted one as score.py's match_events
does (same type, at least one shared argument, best score first) and
prints, per article: the missed events, the matched ones with missing
(fn) or wrong (fp) arguments, with our arguments and the text around our
trigger, and the predicted events no gold event took.

usage: NABA_SCORE_KEEP=/tmp/pred scripts/score.sh
       scripts/evdiff.py ../shared/tools/score.py ../shared/gold/news /tmp/pred/pred ../shared/corpus/news [NAME]
       scripts/evdiff.py ../shared/tools/score.py testdata/annotations /tmp/pred/ann ../shared/corpus/news [NAME]
"""
import json, sys, os, importlib.util
spec = importlib.util.spec_from_file_location('score', sys.argv[1]); S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
gdir, pdir, tdir = sys.argv[2:5]
only = sys.argv[5] if len(sys.argv) > 5 else ''  # a part of the file name
def ctx(text, ev, w=110):
    t = ev.get('trigger', {}); s, e = t.get('start', 0), t.get('end', 0)
    # sentence-ish window
    a = max(0, s - w); b = min(len(text), e + w)
    return (text[a:s] + '[' + text[s:e] + ']' + text[e:b]).replace('\n', ' ⏎ ')
for name in sorted(os.listdir(gdir)):
    if not name.endswith('.json') or only not in name: continue
    gold = json.load(open(os.path.join(gdir, name))); pred = json.load(open(os.path.join(pdir, name)))
    text = open(os.path.join(tdir, name[:-5] + '.txt'), encoding='utf-8').read()
    names = S.entity_names(pred); dates = pred.get('dates', [])
    pev = pred.get('events', [])
    preds = [(e.get('type'), *S.event_args(e, names, dates)) for e in pev]
    used = [False] * len(preds)
    golds = sorted(gold.get('events', []), key=lambda g: bool(g.get('optional')))
    print('#####', name)
    for g in golds:
        gp = S.forms(g.get('participants', [])) - {''}
        gpl = S.forms(g['place']) if g.get('place') else set()
        gt = S.norm_value(g.get('time')) if g.get('time') else ''
        best, bs = None, -1
        for i, (typ, parts, place, time) in enumerate(preds):
            if used[i] or typ != g['type']: continue
            hp, hpl, ht, _ = S.arg_hits(gp, gpl, gt, parts, place, time)
            sc = hp + hpl + ht
            if (gp or gpl or gt) and sc == 0: continue
            if sc > bs: best, bs = i, sc
        gs = f"GOLD {g['type']} [{g.get('section')}] P={g.get('participants')} PL={g.get('place')} T={g.get('time')}" + (' OPT' if g.get('optional') else '')
        if best is None:
            if not g.get('optional'): print(f'  MISS-EVENT [fnP={len(gp)} fnPL={int(bool(gpl))} fnT={int(bool(gt))}]', gs, g.get('why', ''))
            continue
        used[best] = True
        if g.get('optional'): continue
        _, parts, place, time = preds[best]
        hp, hpl, ht, extra = S.arg_hits(gp, gpl, gt, parts, place, time)
        fn = len(gp) + bool(gpl) + bool(gt) - (hp + hpl + ht)
        fp = extra + (1 if place and not hpl else 0)
        if fn or fp:
            e = pev[best]
            args = [(a.get('role'), a.get('text') or a.get('entity'), a.get('value')) for a in e.get('arguments', [])]
            print(f'  fn={fn} fp={fp} [fnP={len(gp)-hp} fnPL={bool(gpl)-hpl} fnT={bool(gt)-ht} fpP={extra} fpPL={1 if place and not hpl else 0}]', gs)
            print('     OURS', args)
            print('     CTX ', ctx(text, e))
    for i, u in enumerate(used):
        if not u:
            e = pev[i]
            args = [(a.get('role'), a.get('text') or a.get('entity'), a.get('value')) for a in e.get('arguments', [])]
            print('  SPURIOUS-EVENT', e['type'], e.get('section'), args, '\n     CTX ', ctx(text, e))
