import { describe, expect, it } from "vitest";
import { encodePng, northbridgeLogoPng } from "./demo-logo";
import { checkLogoFile, MAX_LOGO_BYTES, pngProblem, pngSize, svgProblem } from "./logo-file";

const SVG_NS = 'xmlns="http://www.w3.org/2000/svg"';
const svg = (inner: string, attrs = "") => new TextEncoder().encode(`<svg ${SVG_NS} viewBox="0 0 10 10"${attrs}>${inner}</svg>`);
const dot = (x: number, y: number): [number, number, number, number] => [x, y, 0, 255];

describe("checkLogoFile: PNG", () => {
  it("accepts a real PNG (the demo logo and a generated one) as image/png, with its size", () => {
    expect(checkLogoFile(northbridgeLogoPng(), { filename: "logo.png", contentType: "image/png" })).toEqual({ ok: true, contentType: "image/png" });
    const png = encodePng(300, 80, dot);
    expect(checkLogoFile(png)).toEqual({ ok: true, contentType: "image/png" });
    expect(pngSize(png)).toEqual({ width: 300, height: 80 });
  });

  it("refuses a file that claims to be a PNG but is not", () => {
    for (const [bytes, declared] of [
      [new TextEncoder().encode("GIF89a not a png"), { filename: "logo.png" }],
      [new TextEncoder().encode("<html><script>alert(1)</script></html>"), { contentType: "image/png" }],
      [svg("<rect width='1' height='1'/>"), { filename: "logo.png", contentType: "image/png" }],
    ] as const) {
      expect(checkLogoFile(bytes, declared)).toEqual({ ok: false, message: "The file's content is not a PNG image." });
    }
    expect(checkLogoFile(northbridgeLogoPng(), { contentType: "image/svg+xml" })).toEqual({ ok: false, message: "The file is a PNG image, not an SVG." });
  });

  it("refuses a PNG that is cut short, has a bad checksum, trailing data or no image data", () => {
    const png = northbridgeLogoPng();
    expect(pngProblem(png.subarray(0, png.length - 20))).toMatch(/damaged/);
    const flipped = Buffer.from(png);
    flipped[60] = flipped[60]! ^ 0xff; // inside the image data
    expect(pngProblem(flipped)).toMatch(/checksum/);
    expect(pngProblem(Buffer.concat([png, Buffer.from("<script>alert(1)</script>")]))).toMatch(/damaged/);
    // Signature and IEND only.
    expect(pngProblem(Buffer.concat([png.subarray(0, 8), png.subarray(png.length - 12)]))).toMatch(/no image header/);
  });

  it("refuses absurd dimensions", () => {
    expect(checkLogoFile(encodePng(4097, 1, dot))).toMatchObject({ ok: false, message: expect.stringMatching(/between 1 and 4096 pixels.*4097 × 1/) });
    expect(checkLogoFile(encodePng(4096, 1, dot))).toEqual({ ok: true, contentType: "image/png" });
  });

  it("refuses the empty file, and files over 1 MB as too large (a 413)", () => {
    expect(checkLogoFile(new Uint8Array())).toEqual({ ok: false, message: "The file is empty." });
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(northbridgeLogoPng());
    expect(checkLogoFile(big)).toEqual({ ok: false, message: "The logo is larger than 1 MB. Upload a smaller PNG or SVG file.", tooLarge: true });
  });

  it("refuses what is neither PNG nor SVG", () => {
    expect(checkLogoFile(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), { filename: "logo.jpg" })).toEqual({ ok: false, message: "Upload the logo as a PNG or SVG file." });
    expect(checkLogoFile(new TextEncoder().encode("just text"))).toEqual({ ok: false, message: "Upload the logo as a PNG or SVG file." });
  });
});

describe("checkLogoFile: SVG", () => {
  it("accepts a plain drawing (shapes, gradients, text, styles, internal references)", () => {
    const ok = [
      svg('<rect width="10" height="10" fill="#123"/><circle cx="5" cy="5" r="2" fill="url(#g)"/>'),
      svg('<defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient><path id="p" d="M0 0h5"/></defs><use href="#p"/><use xlink:href="#p"/>', ' xmlns:xlink="http://www.w3.org/1999/xlink"'),
      svg("<style>.a{fill:#0af} .b{clip-path:url(#c)}</style><title>Acme</title><text x='1' y='8' class='a'>Acme</text>"),
      new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n<!-- Generator: a tool -->\n<svg ${SVG_NS}><g><polygon points="0,0 1,1 1,0"/></g></svg>\n`),
    ];
    for (const bytes of ok) expect(checkLogoFile(bytes, { filename: "logo.svg" })).toEqual({ ok: true, contentType: "image/svg+xml" });
  });

  it.each([
    ["a script element", '<script>alert(1)</script>', /script/],
    ["a namespaced script", '<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>', /script/],
    ["an onload handler", '<rect width="1" height="1" onload="alert(1)"/>', /event handler/],
    ["an onclick handler without quotes", "<rect onclick=alert(1) />", /event handler/],
    ["a handler hidden after a > inside a quoted value", '<rect title="a>b" onmouseover="alert(1)"/>', /event handler/],
    ["a javascript: href", '<a href="javascript:alert(1)"><rect width="1" height="1"/></a>', /javascript|<a>/],
    ["a javascript: xlink:href on use", '<use xlink:href="javascript:alert(1)"/>', /javascript|outside/],
    ["an entity-encoded javascript: href", '<use href="&#106;avascript:alert(1)"/>', /javascript|outside/],
    ["an external href", '<use href="https://evil.example/sprite.svg#a"/>', /outside itself/],
    ["an external image", '<image href="https://evil.example/x.png" width="1" height="1"/>', /image|outside/],
    ["a data: href", '<use href="data:image/svg+xml;base64,PHN2Zz4="/>', /outside itself/],
    ["foreignObject", "<foreignObject><div xmlns='http://www.w3.org/1999/xhtml'>hi</div></foreignObject>", /foreignObject/],
    ["an external url() in a style", "<style>@import url(https://evil.example/x.css);</style>", /outside/],
    ["an external url() in an attribute", '<rect fill="url(https://evil.example/x#g)"/>', /outside/],
    ["an animation that could set a link", '<set attributeName="href" to="https://evil.example"/>', /<set>/],
    ["an iframe", '<iframe src="https://evil.example"></iframe>', /iframe/],
  ])("refuses %s", (_name, inner, message) => {
    const result = checkLogoFile(svg(inner), { filename: "logo.svg", contentType: "image/svg+xml" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it("refuses document types and entities (no XXE, no entity expansion), processing instructions, and what is not an SVG document", () => {
    expect(svgProblem(`<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "y">]><svg ${SVG_NS}>&x;</svg>`)).toMatch(/document type or entities/);
    expect(svgProblem(`<?xml-stylesheet href="https://evil.example/x.css"?><svg ${SVG_NS}></svg>`)).toMatch(/processing instruction/);
    expect(svgProblem(`<svg><rect/></svg>`)).toMatch(/namespace/);
    expect(svgProblem(`<svg ${SVG_NS}><rect/>`)).toMatch(/incomplete/);
    expect(checkLogoFile(new TextEncoder().encode(`<html><svg ${SVG_NS}></svg></html>`))).toEqual({ ok: false, message: "Upload the logo as a PNG or SVG file." });
  });
});
