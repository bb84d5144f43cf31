/**
 * Small, dependency-free colour maths for accessibility checks: WCAG 2.x contrast, colour-vision
 * deficiency simulation and CIEDE2000 colour difference. Everything here is pure.
 */

/**
 * The least CIEDE2000 difference between two colours that must be told apart: any two relation
 * classes, for normal vision and each dichromacy, and what the year chart draws next to each
 * other. About ten just-noticeable differences (tests/unit/a11y/palette.test.ts says why).
 */
export const DISTINCT_DELTA_E = 10;

/** An sRGB colour as [r, g, b], each channel 0-255 (fractional values are allowed). */
export type Rgb = readonly [number, number, number];
/** A CIELAB colour as [L*, a*, b*] (D65 white). */
export type Lab = readonly [number, number, number];
/** A colour given either as '#rrggbb' or as an Rgb triple. */
export type ColourInput = string | Rgb;

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia' | 'achromatopsia';

type Matrix3 = readonly [Rgb, Rgb, Rgb];

/** Parses '#rrggbb' (case-insensitive) into [r, g, b] with channels 0-255. */
export function parseHex(hex: string): Rgb {
	const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
	if (!match) throw new Error(`Not a colour of the form #rrggbb: ${JSON.stringify(hex)}`);
	return [parseInt(match[1], 16), parseInt(match[2], 16), parseInt(match[3], 16)];
}

/** Formats an Rgb triple as '#rrggbb', rounding and clamping each channel. */
export function toHex(rgb: Rgb): string {
	return (
		'#' +
		rgb
			.map((c) =>
				Math.round(clamp(c, 0, 255))
					.toString(16)
					.padStart(2, '0')
			)
			.join('')
	);
}

function toRgb(colour: ColourInput): Rgb {
	return typeof colour === 'string' ? parseHex(colour) : colour;
}

function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}

/** sRGB channel (0-1) to linear light, with the IEC 61966-2-1 / WCAG 2.x 0.04045 threshold. */
function linearise(channel: number): number {
	return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

/** Linear light (0-1) back to an sRGB channel (0-1). */
function encode(linear: number): number {
	return linear <= 0.0031308 ? linear * 12.92 : 1.055 * linear ** (1 / 2.4) - 0.055;
}

function toLinear(rgb: Rgb): Rgb {
	return [linearise(rgb[0] / 255), linearise(rgb[1] / 255), linearise(rgb[2] / 255)];
}

function fromLinear(linear: Rgb): Rgb {
	return [
		encode(clamp(linear[0], 0, 1)) * 255,
		encode(clamp(linear[1], 0, 1)) * 255,
		encode(clamp(linear[2], 0, 1)) * 255
	];
}

function multiply(m: Matrix3, v: Rgb): Rgb {
	return [
		m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
		m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
		m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2]
	];
}

/** WCAG 2.x relative luminance (0 for black, 1 for white). */
export function relativeLuminance(colour: ColourInput): number {
	const [r, g, b] = toLinear(toRgb(colour));
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio, (L1 + 0.05) / (L2 + 0.05) with L1 the lighter; 1 to 21. */
export function contrastRatio(a: ColourInput, b: ColourInput): number {
	const la = relativeLuminance(a);
	const lb = relativeLuminance(b);
	return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Full-severity (1.0) dichromacy matrices, applied to linear RGB, from
 * G. M. Machado, M. M. Oliveira and L. A. F. Fernandes, "A Physiologically-based Model for
 * Simulation of Color Vision Deficiency", IEEE Transactions on Visualization and Computer
 * Graphics 15(6), 1291-1298, 2009 (doi:10.1109/TVCG.2009.113), as tabulated by the authors.
 */
const MACHADO_2009: Record<'protanopia' | 'deuteranopia' | 'tritanopia', Matrix3> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

/**
 * Simulates how a colour appears with a full colour-vision deficiency: the Machado et al. (2009)
 * matrix in linear RGB for the dichromacies (linearise, multiply, clamp, re-encode), or a grey of
 * equal relative luminance for achromatopsia. Returns unrounded 0-255 channels.
 */
export function simulateDeficiency(colour: ColourInput, kind: Deficiency): Rgb {
	const linear = toLinear(toRgb(colour));
	if (kind === 'achromatopsia') {
		const y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
		return fromLinear([y, y, y]);
	}
	const matrix = MACHADO_2009[kind];
	if (!matrix) throw new Error(`Unknown colour-vision deficiency: ${String(kind)}`);
	return fromLinear(multiply(matrix, linear));
}

/** Linear sRGB to CIE XYZ (D65), IEC 61966-2-1. */
const SRGB_TO_XYZ: Matrix3 = [
	[0.4124564, 0.3575761, 0.1804375],
	[0.2126729, 0.7151522, 0.072175],
	[0.0193339, 0.119192, 0.9503041]
];
/** D65 reference white as the image of sRGB white, so neutral greys land exactly on a* = b* = 0. */
const WHITE = multiply(SRGB_TO_XYZ, [1, 1, 1]);

function labF(t: number): number {
	const delta = 6 / 29;
	return t > delta ** 3 ? Math.cbrt(t) : t / (3 * delta * delta) + 4 / 29;
}

/** sRGB to CIELAB (D65) via linear RGB and XYZ. */
export function rgbToLab(colour: ColourInput): Lab {
	const [x, y, z] = multiply(SRGB_TO_XYZ, toLinear(toRgb(colour)));
	const fx = labF(x / WHITE[0]);
	const fy = labF(y / WHITE[1]);
	const fz = labF(z / WHITE[2]);
	return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const DEG = Math.PI / 180;

/** Hue angle in degrees, 0-360, taken as 0 for an achromatic colour. */
function hueDegrees(b: number, a: number): number {
	if (a === 0 && b === 0) return 0;
	const h = Math.atan2(b, a) / DEG;
	return h < 0 ? h + 360 : h;
}

/**
 * CIEDE2000 colour difference of two CIELAB colours (kL = kC = kH = 1), following
 * G. Sharma, W. Wu and E. N. Dalal, "The CIEDE2000 Color-Difference Formula: Implementation
 * Notes, Supplementary Test Data, and Mathematical Observations", Color Res. Appl. 30(1), 2005.
 */
export function deltaE2000Lab(labA: Lab, labB: Lab): number {
	const [l1, a1, b1] = labA;
	const [l2, a2, b2] = labB;

	const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
	const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)));
	const a1p = (1 + g) * a1;
	const a2p = (1 + g) * a2;
	const c1p = Math.hypot(a1p, b1);
	const c2p = Math.hypot(a2p, b2);
	const h1p = hueDegrees(b1, a1p);
	const h2p = hueDegrees(b2, a2p);

	const dLp = l2 - l1;
	const dCp = c2p - c1p;
	let dhp = 0;
	if (c1p * c2p !== 0) {
		dhp = h2p - h1p;
		if (dhp > 180) dhp -= 360;
		else if (dhp < -180) dhp += 360;
	}
	const dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin((dhp / 2) * DEG);

	const lBarP = (l1 + l2) / 2;
	const cBarP = (c1p + c2p) / 2;
	let hBarP = h1p + h2p;
	if (c1p * c2p !== 0) {
		if (Math.abs(h1p - h2p) <= 180) hBarP = (h1p + h2p) / 2;
		else if (h1p + h2p < 360) hBarP = (h1p + h2p + 360) / 2;
		else hBarP = (h1p + h2p - 360) / 2;
	}

	const t =
		1 -
		0.17 * Math.cos((hBarP - 30) * DEG) +
		0.24 * Math.cos(2 * hBarP * DEG) +
		0.32 * Math.cos((3 * hBarP + 6) * DEG) -
		0.2 * Math.cos((4 * hBarP - 63) * DEG);
	const dTheta = 30 * Math.exp(-(((hBarP - 275) / 25) ** 2));
	const rc = 2 * Math.sqrt(cBarP ** 7 / (cBarP ** 7 + 25 ** 7));
	const sl = 1 + (0.015 * (lBarP - 50) ** 2) / Math.sqrt(20 + (lBarP - 50) ** 2);
	const sc = 1 + 0.045 * cBarP;
	const sh = 1 + 0.015 * cBarP * t;
	const rt = -Math.sin(2 * dTheta * DEG) * rc;

	const tl = dLp / sl;
	const tc = dCp / sc;
	const th = dHp / sh;
	return Math.sqrt(tl * tl + tc * tc + th * th + rt * tc * th);
}

/** CIEDE2000 difference of two sRGB colours, via XYZ (D65) and CIELAB. */
export function deltaE2000(a: ColourInput, b: ColourInput): number {
	return deltaE2000Lab(rgbToLab(a), rgbToLab(b));
}
