/*
 * main.c - the migproc command (cli.c is the program).
 */
#include "cli.h"

int main(int argc, char **argv)
{
    return migproc_cli(argc, argv);
}
