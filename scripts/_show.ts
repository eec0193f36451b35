import * as F from "./provincial-fixtures";
import { runEngine } from "../src/engine";
import { refToA1 } from "../src/engine/grid";
const name = process.argv[2]!;
const r = runEngine((F as any)[name]());
if (!r.ok) { console.log("STOPPED"); for (const c of r.checks) console.log(c.code, c.severity, c.cell ? refToA1(c.cell) : "-", c.message.zh); process.exit(0); }
for (const c of r.evaluation.checks) console.log(c.code, c.severity, c.cell ? refToA1(c.cell) : "-", c.message.zh);
console.log(JSON.stringify({ total: r.json.totalScore, grade: r.json.grade, budget: r.json.budget }, null, 0));
for (const t of r.evaluation.indicatorTables) for (const i of t.indicators) console.log(" ", i.indicator.name, i.direction, i.score.toString(), (i as any).status ?? "");
for (const s of r.report) { console.log("##", s.heading); for (const p of s.paragraphs) console.log(p); }
