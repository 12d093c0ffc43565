/**
 * Finds where a JSON text first goes wrong. JSON.parse's messages differ between
 * engines and some (Node 20) give no position at all, so when parsing fails we
 * scan the text once more to find the offset and say what was expected there.
 * Iterative (an explicit stack), so deeply nested junk cannot overflow the stack.
 */
export interface JsonFault {
  offset: number;
  expected: string;
}

const WS = new Set([0x20, 0x0a, 0x0d, 0x09]);

export function locateJsonError(text: string): JsonFault | undefined {
  let i = 0;
  const n = text.length;
  const stack: ('{' | '[')[] = [];
  const skip = () => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  const fault = (expected: string): JsonFault => ({ offset: i, expected });

  // Reads one scalar or opens a container; returns a fault or undefined.
  const value = (): JsonFault | undefined => {
    skip();
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      return undefined;
    }
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      if (!m) return fault('a number');
      i += m[0].length;
      return undefined;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return undefined;
      }
    }
    return fault(i >= n ? 'a value, but the text ended' : 'a value (text in double quotes, a number, true, false, null, an object or a list)');
  };

  const string = (): JsonFault | undefined => {
    i++;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return undefined;
      }
      if (code < 0x20) return fault('no control character inside text (escape it, e.g. \\n)');
      if (code === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fault('four hex digits after \\u');
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) return fault('a valid escape after \\');
        i += 2;
        continue;
      }
      i++;
    }
    return fault('a closing double quote, but the text ended');
  };

  // State machine over containers: after a value, expect , or the closer.
  let err = value();
  if (err) return err;
  let justOpened = stack.length > 0;
  while (stack.length > 0) {
    skip();
    const top = stack[stack.length - 1];
    const closer = top === '{' ? '}' : ']';
    if (justOpened && text[i] === closer) {
      stack.pop();
      i++;
      justOpened = false;
      continue;
    }
    if (!justOpened) {
      if (text[i] === closer) {
        stack.pop();
        i++;
        continue;
      }
      if (text[i] !== ',') return fault(i >= n ? `"${closer}", but the text ended` : `"," or "${closer}"`);
      i++;
      skip();
    }
    if (top === '{') {
      if (text[i] !== '"') return fault(i >= n ? 'a property name, but the text ended' : 'a property name in double quotes');
      err = string();
      if (err) return err;
      skip();
      if (text[i] !== ':') return fault('":" after the property name');
      i++;
    }
    const depth = stack.length;
    err = value();
    if (err) return err;
    justOpened = stack.length > depth;
  }
  skip();
  if (i < n) return fault('the end of the text after the top-level value');
  return undefined;
}
