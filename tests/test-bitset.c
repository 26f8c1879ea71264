/*
 * test-bitset.c - lib/bitset.h's copy of a stored set's image,
 * mp_bitset_put_image(): the image's words in the set's first
 * MP_SET_IMAGE_WORDS, every other word zero, whatever the set held, and
 * no word read past the image.  Built twice: as the host builds it (SSE2
 * on x86-64: blocks of four words) and with -DMP_FOLD_BYTEWISE (a word at
 * a time).
 */
#include "testlib.h"
#include <stdint.h>

#include "bitset.h"

#define WORDS (MIGPROC_SET_CAPACITY / 32)

START_TEST(image_and_zeros)
{
    /* The image between a word before and a word after it, none zero. */
    uint32_t around[MP_SET_IMAGE_WORDS + 2];
    for (unsigned i = 0; i < MP_SET_IMAGE_WORDS + 2; i++)
        around[i] = 0x9E3779B1u * (i + 1u);
    migproc_set set;
    for (unsigned i = 0; i < WORDS; i++)
        set.bits[i] = 0xA5A5A5A5u ^ i;
    mp_bitset_put_image(&set, around + 1);
    for (unsigned i = 0; i < WORDS; i++) {
        uint32_t expected = i < MP_SET_IMAGE_WORDS ? around[1 + i] : 0;
        ck_assert_msg(set.bits[i] == expected, "word %u is %08x, not %08x", i,
                      (unsigned)set.bits[i], (unsigned)expected);
    }
}
END_TEST

int main(void)
{
    const TTest *const tests[] = {image_and_zeros};
    return run_tests("bitset", tests, sizeof tests / sizeof tests[0]);
}
