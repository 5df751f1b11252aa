// The C++ part of sym_target: names the demangler must turn back into
// "stackprof_test::Widget::tally(int)" and "int stackprof_test::twice<int>(int)".
// No standard library, so nothing to link but this object.
namespace stackprof_test {

struct Widget {
	static int tally(int n);
};

__attribute__((noinline)) int Widget::tally(int n)
{
	volatile int acc = 0;

	for (int i = 0; i < n; i++)
		acc += i;
	return acc;
}

template <typename T> __attribute__((noinline)) T twice(T v)
{
	volatile T r = v + v;

	return r;
}

template int twice<int>(int);

} // namespace stackprof_test

extern "C" void *sym_cxx_static_addr(void)
{
	return (void *)&stackprof_test::Widget::tally;
}

extern "C" void *sym_cxx_template_addr(void)
{
	return (void *)&stackprof_test::twice<int>;
}
