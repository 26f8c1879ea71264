/*
 * test-bitset.c - lib/bitset.h's window copy, mp_bitset_put_words(), at every
 * position and length a set has room for, not only the windows the data
 * has (at most nine words in 1.1, so its loop would otherwise never run).
 * Built twice: as the host builds it (SSE2 on x86-64: blocks of four words
 * that overlap) and with -DMP_FOLD_BYTEWISE (a word at a time).
 */
#include "testlib.h"
#include <stdint.h>

#include "bitset.h"

#define WORDS (MIGPROC_SET_CAPACITY / 32)

START_TEST(every_first_and_length)
{
    uint32_t words[WORDS + 1];
    for (unsigned i = 0; i <= WORDS; i++)
        words[i] = 0x9E3779B1u * (i + 1u); /* none zero, none alike */
    for (unsigned first = 0; first < WORDS; first++)
        for (unsigned length = 0; first + length <= WORDS; length++) {
            migproc_set set;
            for (unsigned i = 0; i < WORDS; i++)
                set.bits[i] = 0xA5A5A5A5u ^ i;
            /* The window read from words[1] on: a word before it, and one
             * after it, that must not be copied. */
            mp_bitset_put_words(&set, first, words + 1, length);
            for (unsigned i = 0; i < WORDS; i++) {
                uint32_t expected = i >= first && i < first + length ? words[1 + i - first]
                                                                     : 0xA5A5A5A5u ^ i;
                ck_assert_msg(set.bits[i] == expected, "first %u, length %u: word %u is %08x",
                              first, length, i, (unsigned)set.bits[i]);
            }
        }
}
END_TEST

int main(void)
{
    const TTest *const tests[] = {every_first_and_length};
    return run_tests("bitset", tests, sizeof tests / sizeof tests[0]);
}
