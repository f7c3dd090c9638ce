// The routing core's one vector kernel, in C because Swift cannot compile a function for several instruction sets
// and pick one at run time: the sweeps of a contraction hierarchy's dense core that a many-to-many matrix makes per
// block of sixteen or thirty-two sources (see ContractionHierarchyQuery+Matrix.swift in CorridorGraph).
#ifndef CORRIDOR_LANES_H
#define CORRIDOR_LANES_H

#include <stddef.h>
#include <stdint.h>

/// Sweeps a dense core of `size` nodes in 16 × `groups` `float` lanes per node (`groups` 1 or 2): `lanes` holds
/// `size` rows of 16 × `groups` floats, 64-byte aligned. First in increasing node order, each row is lowered to the
/// least of itself and, for each arc `upFirst[c] ..< upFirst[c + 1]` of `up`, the row of the arc's tail plus its
/// weight; then the same in decreasing order along `down` and `downFirst`. An arc word packs the tail's node index
/// (low 32 bits) and the weight as the bits of a `float` (high 32 bits). The minimum is `y < x ? y : x`, lane by lane.
/// Complexity: O(size + arcs) operations on 16 × `groups` lanes; on x86-64 Linux, AVX2 where the processor has it.
void corridor_sweep_float(float *lanes, ptrdiff_t groups, ptrdiff_t size, const uint32_t *upFirst,
                          const uint64_t *up, const uint32_t *downFirst, const uint64_t *down);

/// The same in `double` lanes (rows of 128 × `groups` bytes, 64-byte aligned), with the arcs' weights as unsigned
/// 32-bit integers in the high half of their words.
void corridor_sweep_double(double *lanes, ptrdiff_t groups, ptrdiff_t size, const uint32_t *upFirst,
                           const uint64_t *up, const uint32_t *downFirst, const uint64_t *down);

/// The two sweeps compiled for the baseline instruction set only, whatever the processor has: the same answers,
/// for tests that compare the versions.
void corridor_sweep_float_baseline(float *lanes, ptrdiff_t groups, ptrdiff_t size, const uint32_t *upFirst,
                                   const uint64_t *up, const uint32_t *downFirst, const uint64_t *down);
void corridor_sweep_double_baseline(double *lanes, ptrdiff_t groups, ptrdiff_t size, const uint32_t *upFirst,
                                    const uint64_t *up, const uint32_t *downFirst, const uint64_t *down);

#endif
