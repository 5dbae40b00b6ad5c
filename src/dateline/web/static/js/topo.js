// A tiny TopoJSON decoder: quantized, delta-encoded arcs -> polygons of [lon, lat] rings.
// Enough for world-atlas's countries (Polygon and MultiPolygon geometries).

function decodeArcs(topology) {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return t ? [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] : [x, y];
    });
  });
}

// One ring from arc indexes; a negative index ~i means arc i reversed.
function ring(indexes, arcs) {
  const points = [];
  for (const index of indexes) {
    const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
    // consecutive arcs share their joining point: drop the first point of every arc but the first
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return unwrap(points);
}

// Rings that cross the antimeridian (Russia, Fiji) jump from +180 to -180: keep longitudes
// continuous instead, so that no edge is drawn across the whole map.
function unwrap(points) {
  const out = [];
  let previous = null;
  for (const [lon, lat] of points) {
    let x = lon;
    if (previous !== null) {
      while (x - previous > 180) x -= 360;
      while (previous - x > 180) x += 360;
    }
    out.push([x, lat]);
    previous = x;
  }
  return out;
}

// Features {name, polygons: [[ring, ...], ...]} of one object of the topology.
export function features(topology, objectName) {
  const arcs = decodeArcs(topology);
  const object = topology.objects[objectName];
  const out = [];
  for (const g of object.geometries) {
    let polygons = [];
    if (g.type === "Polygon") polygons = [g.arcs.map((r) => ring(r, arcs))];
    else if (g.type === "MultiPolygon") polygons = g.arcs.map((p) => p.map((r) => ring(r, arcs)));
    out.push({ id: g.id, name: (g.properties && g.properties.name) || null, polygons });
  }
  return out;
}
