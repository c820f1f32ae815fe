// Makes app/src/main/resources/static/hub/world-110m.geo.json, the public hub's map, from Natural Earth 4.1.0
// (public domain) as redistributed in TopoJSON by world-atlas 2.0.2 (ISC licence, Mike Bostock):
//   npm install world-atlas@2.0.2 topojson-client@3.1.0 && node tools/make-world-map.js
// Each feature's name is the country's ISO 3166-1 numeric code (three digits) and its label Natural Earth's
// name; coordinates are rounded to 0.01 degree, plenty at this scale. Features without an ISO code (Northern
// Cyprus, Somaliland, Kosovo) are left out: the data cannot name them either. Run once; the output is committed
// and served by CT Hub itself, so no page ever calls another host.
const fs = require('fs');
const topojson = require('topojson-client');
for (const scale of ['110m']) {
  const topo = JSON.parse(fs.readFileSync(require.resolve(`world-atlas/countries-${scale}.json`)));
  const geo = topojson.feature(topo, topo.objects.countries);
  const round = (c) => Array.isArray(c[0]) ? c.map(round) : [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100];
  geo.features = geo.features.filter(f => f.id !== undefined && f.geometry).map(f => ({
    type: 'Feature', properties: { name: String(f.id).padStart(3, '0'), label: f.properties.name },
    geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) }
  }));
  fs.writeFileSync(`app/src/main/resources/static/hub/world-${scale}.geo.json`, JSON.stringify(geo));
  console.log(scale, geo.features.length, fs.statSync(`app/src/main/resources/static/hub/world-${scale}.geo.json`).size);
}
