/*
 * startup.c - vector table and reset handler for a Cortex-M: set up RAM as
 * the C program expects (copy .data, zero .bss), then run main().
 */
#include <stdint.h>
#include <string.h>

extern uint32_t __data_load[], __data_start[], __data_end[], __bss_start[], __bss_end[];
extern uint32_t __stack_top[];
int main(void);

void reset_handler(void);
void default_handler(void);

void reset_handler(void)
{
    memcpy(__data_start, __data_load, (size_t)((char *)__data_end - (char *)__data_start));
    memset(__bss_start, 0, (size_t)((char *)__bss_end - (char *)__bss_start));
    main();
    for (;;) {
    }
}

/* Every fault and interrupt this example does not expect stops here. */
void default_handler(void)
{
    for (;;) {
    }
}

/* The first 16 words of flash: the initial stack pointer, then the handlers
 * of the core's exceptions (reset, NMI, hard fault, ..., PendSV, SysTick). */
struct vector_table {
    uint32_t *stack_top;
    void (*handlers[15])(void);
};

__attribute__((section(".vectors"), used)) static const struct vector_table vectors = {
    __stack_top,
    {
        reset_handler,   /* reset */
        default_handler, /* NMI */
        default_handler, /* hard fault */
        0, 0, 0, 0, 0, 0, 0,
        default_handler, /* SVCall */
        0, 0,
        default_handler, /* PendSV */
        default_handler, /* SysTick */
    },
};
