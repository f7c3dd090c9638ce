// The dense core's sweeps: see CorridorLanes.h. The lane vectors are the compiler's generic vectors, so one body
// serves every instruction set; on x86-64 Linux (glibc resolves the choice once, at load) each sweep is compiled
// twice, for AVX2 and for the baseline, and AVX2 sweeps about 1.7 times as fast.
#include "CorridorLanes.h"
#include <string.h>

typedef float FloatVector __attribute__((vector_size(64), aligned(64)));
typedef int32_t FloatMask __attribute__((vector_size(64), aligned(64)));
typedef double DoubleVector __attribute__((vector_size(128), aligned(64)));
typedef int64_t DoubleMask __attribute__((vector_size(128), aligned(64)));

#if defined(__x86_64__) && defined(__GLIBC__)
#define PER_INSTRUCTION_SET __attribute__((target_clones("avx2", "default")))
#else
#define PER_INSTRUCTION_SET
#endif

static inline float float_weight(uint64_t word) {
    uint32_t bits = (uint32_t)(word >> 32);
    float weight;
    memcpy(&weight, &bits, sizeof weight);
    return weight;
}
static inline double double_weight(uint64_t word) { return (double)(uint32_t)(word >> 32); }

// Lowers the `G` vectors of row `c` (vectors `G c ..< G c + G`) along the arcs `first[c] ..< first[c + 1]` entering
// it, from rows already final. The least of two vectors is `y < x ? y : x` lane by lane, one minimum instruction
// (`__builtin_elementwise_min` would add a fix-up for NaN to every one). Vectors are never passed by value: one wider
// than the baseline's registers would change the calling convention between the versions.
#define PULL(Vector, Mask, weight, G)                                                                         \
    static inline __attribute__((always_inline)) void pull_##Vector##_##G(                                   \
        Vector *rows, ptrdiff_t c, const uint32_t *first, const uint64_t *arcs) {                             \
        Vector x[G];                                                                                          \
        for (int g = 0; g < G; g++) x[g] = rows[G * c + g];                                                   \
        for (uint32_t a = first[c], end = first[c + 1]; a < end; a++) {                                       \
            uint64_t word = arcs[a];                                                                          \
            const Vector *tail = rows + (ptrdiff_t)G * (uint32_t)word;                                        \
            for (int g = 0; g < G; g++) {                                                                     \
                Vector y = tail[g] + weight(word);                                                            \
                Mask less = y < x[g];                                                                         \
                x[g] = (Vector)((less & (Mask)y) | (~less & (Mask)x[g]));                                     \
            }                                                                                                 \
        }                                                                                                     \
        for (int g = 0; g < G; g++) rows[G * c + g] = x[g];                                                   \
    }
PULL(FloatVector, FloatMask, float_weight, 1)
PULL(FloatVector, FloatMask, float_weight, 2)
PULL(DoubleVector, DoubleMask, double_weight, 1)
PULL(DoubleVector, DoubleMask, double_weight, 2)

// Both sweeps over rows of `G` vectors.
#define SWEEP(Vector, G)                                                                                      \
    for (ptrdiff_t c = 0; c < size; c++) pull_##Vector##_##G(rows, c, upFirst, up);                           \
    for (ptrdiff_t c = size - 1; c >= 0; c--) pull_##Vector##_##G(rows, c, downFirst, down);

// A sweep function `name` for `Scalar` lanes in `Vector`s, with `attributes`.
#define SWEEP_FUNCTION(name, attributes, Scalar, Vector)                                                      \
    attributes void name(Scalar *lanes, ptrdiff_t groups, ptrdiff_t size, const uint32_t *upFirst,            \
                         const uint64_t *up, const uint32_t *downFirst, const uint64_t *down) {               \
        Vector *rows = (Vector *)lanes;                                                                       \
        if (groups == 2) {                                                                                    \
            SWEEP(Vector, 2)                                                                                  \
        } else {                                                                                              \
            SWEEP(Vector, 1)                                                                                  \
        }                                                                                                     \
    }

SWEEP_FUNCTION(corridor_sweep_float, PER_INSTRUCTION_SET, float, FloatVector)
SWEEP_FUNCTION(corridor_sweep_double, PER_INSTRUCTION_SET, double, DoubleVector)
SWEEP_FUNCTION(corridor_sweep_float_baseline, , float, FloatVector)
SWEEP_FUNCTION(corridor_sweep_double_baseline, , double, DoubleVector)
