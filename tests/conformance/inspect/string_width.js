'use strict';
// Display width of non-ASCII text (East Asian wide, emoji, combining marks, zero-width
// characters) as used to align console.table columns and grouped arrays.
const rows = ['abc', '日本語', '😀', 'e\u0301', '\u200b', 'ｱｲｳ', '한국어', '👍🏽', '👨‍👩‍👧', '★', '→', '±', '\u00ad', 'Ω', '🇯🇵', '\u2764', '\u2764\ufe0f', '⌚', '\u0e01\u0e34', 'ä', '\t', 'ﷺ', '〃', '⏰', '🀄', '©', '\u3000', '\uff01'];
console.table(rows.map((r) => ({ r })));
console.log(rows.concat(rows));
