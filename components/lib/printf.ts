/**
 * printf-style number formatting for st.number_input's `format` (Streamlit formats with
 * sprintf-js on the page): `%d %i %u %f %F %e %E %g %G %x %X %o %s %%`, with the flags
 * `- + space 0 #`, a width and a precision.
 */

const SPEC = /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([diufFeEgGxXos%])/g;

/** C-style exponent: at least two digits (`1.5e+03`, not JavaScript's `1.5e+3`). */
function exponent(text: string): string {
  return text.replace(/e([+-])(\d)$/, "e$10$2");
}

function formatG(value: number, precision: number, alt: boolean): string {
  const p = precision === 0 ? 1 : precision;
  if (value === 0) return alt ? (0).toFixed(p - 1) : "0";
  const x = Math.floor(Math.log10(Math.abs(value)));
  let out: string;
  if (p > x && x >= -4) {
    out = value.toFixed(Math.max(0, p - 1 - x));
  } else {
    out = exponent(value.toExponential(p - 1));
  }
  if (!alt) {
    out = out.includes("e")
      ? out.replace(/\.?0+e/, "e").replace(/(\.\d*?)0+e/, "$1e")
      : out.includes(".")
        ? out.replace(/\.?0+$/, "")
        : out;
  }
  return out;
}

function convert(value: number, conversion: string, precision: number | undefined, alt: boolean): string {
  if (!Number.isFinite(value)) return String(value);
  switch (conversion) {
    case "d":
    case "i":
    case "u":
      return Math.trunc(value).toString();
    case "f":
    case "F":
      return value.toFixed(precision ?? 6);
    case "e":
      return exponent(value.toExponential(precision ?? 6));
    case "E":
      return exponent(value.toExponential(precision ?? 6)).toUpperCase();
    case "g":
      return formatG(value, precision ?? 6, alt);
    case "G":
      return formatG(value, precision ?? 6, alt).toUpperCase();
    case "x":
      return Math.trunc(value).toString(16);
    case "X":
      return Math.trunc(value).toString(16).toUpperCase();
    case "o":
      return Math.trunc(value).toString(8);
    default:
      return precision !== undefined ? String(value).slice(0, precision) : String(value);
  }
}

/** `sprintf(format, value)` for one number. */
export function sprintf(format: string, value: number): string {
  return format.replace(SPEC, (_m, flags: string, width: string | undefined, prec: string | undefined, conversion: string) => {
    if (conversion === "%") return "%";
    const precision = prec === undefined ? undefined : Number(prec);
    const integral = "diuxXo".includes(conversion);
    const n = integral ? Math.trunc(value) : value;
    let sign = n < 0 || (!integral && Object.is(n, -0)) ? "-" : "";
    let body = convert(Math.abs(n), conversion, precision, flags.includes("#"));
    if (!sign && conversion !== "s") {
      if (flags.includes("+")) sign = "+";
      else if (flags.includes(" ")) sign = " ";
    }
    const size = width ? Number(width) : 0;
    const length = sign.length + body.length;
    if (length < size) {
      if (flags.includes("-")) return sign + body + " ".repeat(size - length);
      if (flags.includes("0") && conversion !== "s") body = "0".repeat(size - length) + body;
      else return " ".repeat(size - length) + sign + body;
    }
    return sign + body;
  });
}
