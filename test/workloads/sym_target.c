/*
 * sym_target: a process whose own addresses the symbolizer test names
 * (test/integration/symbolize.test.ts). Before "ready <pid>" it prints
 * "sym <label> <hex address>" lines:
 *
 *   static_fn    a static function of this file (sym_static_work)
 *   main         main
 *   cxx_static   a C++ static member function (sym_target_cxx.cc)
 *   cxx_template a C++ function template instance
 *   getppid      libc's getppid, from dlsym
 *   vdso_gettime the vdso's clock_gettime (absent line if no vdso)
 *   anon_rx      an anonymous r-x mapping of anon_size bytes (a fake JIT region)
 *   anon_rwx     a second one, rwx, not adjacent
 *   anon_size    their size (hex)
 *
 * Then it waits for stdin lines: "dlopen" loads libm.so.6 (not linked in,
 * so not mapped before) and prints "sym cbrt <hex address>"; any other line
 * or EOF makes it exit 0.
 */
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>

#define ANON_SIZE 0x10000

extern void *sym_cxx_static_addr(void);
extern void *sym_cxx_template_addr(void);

static __attribute__((noinline)) int sym_static_work(int n)
{
	volatile int acc = 0;

	for (int i = 0; i < n; i++)
		acc += i;
	return acc;
}

static void print_addr(const char *label, const void *addr)
{
	printf("sym %s %lx\n", label, (unsigned long)(uintptr_t)addr);
}

/* Anonymous executable memory, as a JIT would have: written, then made
 * executable (or left rwx). */
static void *anon_code(int prot)
{
	unsigned char *p = mmap(NULL, ANON_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		return NULL;
	memset(p, 0xc3, ANON_SIZE);   /* ret */
	if (mprotect(p, ANON_SIZE, prot))
		return NULL;
	return p;
}

int main(void)
{
	void *vdso = dlopen("linux-vdso.so.1", RTLD_LAZY | RTLD_NOLOAD);
	void *rx, *guard, *rwx, *libm;
	char line[64];

	if (sym_static_work(10) != 45)
		return 1;
	print_addr("static_fn", (void *)sym_static_work);
	print_addr("main", (void *)main);
	print_addr("cxx_static", sym_cxx_static_addr());
	print_addr("cxx_template", sym_cxx_template_addr());
	print_addr("getppid", dlsym(RTLD_DEFAULT, "getppid"));
	if (vdso && dlsym(vdso, "__vdso_clock_gettime"))
		print_addr("vdso_gettime", dlsym(vdso, "__vdso_clock_gettime"));
	rx = anon_code(PROT_READ | PROT_EXEC);
	/* a non-executable gap keeps the kernel from merging the two */
	guard = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	rwx = anon_code(PROT_READ | PROT_WRITE | PROT_EXEC);
	if (!rx || !rwx || guard == MAP_FAILED)
		return 1;
	print_addr("anon_rx", rx);
	print_addr("anon_rwx", rwx);
	printf("sym anon_size %x\n", ANON_SIZE);
	printf("ready %d\n", getpid());
	fflush(stdout);
	while (fgets(line, sizeof(line), stdin) && strcmp(line, "dlopen\n") == 0) {
		libm = dlopen("libm.so.6", RTLD_NOW);
		print_addr("cbrt", libm ? dlsym(libm, "cbrt") : NULL);
		fflush(stdout);
	}
	return 0;
}
