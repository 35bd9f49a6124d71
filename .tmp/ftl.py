import re, sys
def load(f): return open(f, encoding='utf8').read()
def setmsg(s, key, text):
    lines = s.split('\n')
    out=[]; i=0; found=False
    while i < len(lines):
        if lines[i].startswith(key+' =') :
            found=True
            i+=1
            while i < len(lines):
                if lines[i].startswith(' '): i+=1; continue
                if lines[i].strip()=='':
                    j=i
                    while j < len(lines) and lines[j].strip()=='': j+=1
                    if j < len(lines) and lines[j].startswith(' '): i=j; continue
                break
            out.extend(text.rstrip('\n').split('\n'))
            continue
        out.append(lines[i]); i+=1
    if not found: raise SystemExit('missing '+key)
    return '\n'.join(out)
def apply(f, msgs):
    s=load(f)
    # msgs: text with blocks "key = ..." separated by lines; parse
    blocks=[]; cur=None
    for line in msgs.strip('\n').split('\n'):
        m=re.match(r'^([a-z][a-z0-9-]*) =', line)
        if m: 
            cur=[m.group(1), [line]]; blocks.append(cur)
        else: cur[1].append(line)
    for k, ls in blocks: s=setmsg(s, k, '\n'.join(ls))
    open(f,'w',encoding='utf8').write(s)
if __name__=='__main__':
    apply(sys.argv[1], open(sys.argv[2],encoding='utf8').read())
