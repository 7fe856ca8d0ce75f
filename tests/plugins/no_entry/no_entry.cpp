// A shared library that is not a crosscheck plugin: it exports a function,
// but not crosscheck_plugin_v1.
extern "C" __attribute__((visibility("default"))) int crosscheck_plugin_v0() {
    return 0;
}
