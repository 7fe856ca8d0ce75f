// A plugin that misbehaves in `check` the way its compile definition says,
// written against the C table directly (no SDK layer to catch anything):
//   MISBEHAVE_SEGFAULT  writes to a page it mapped without access (SIGSEGV)
//   MISBEHAVE_ABORT     calls abort() (SIGABRT)
//   MISBEHAVE_HANG      spins forever
//   MISBEHAVE_ALLOCATE  maps resident memory 16 MiB after 16 MiB, without
//                       bound (it stops at 8 GiB and then spins, so that a
//                       broken watchdog shows as a timeout, not a dead machine)
//   MISBEHAVE_STDOUT    writes to stdout (bytes that would read as a huge
//                       protocol frame), then behaves: one info finding
//   MISBEHAVE_THROW     throws a type not derived from std::exception
//                       straight through the C ABI
// Only ever run isolated: in-process, most of these take the host down.
#include <crosscheck/crosscheck_plugin.h>

#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <vector>

namespace {

struct NotAnException {
    int code;
};

#if defined(MISBEHAVE_ALLOCATE)
// Keeps the allocations reachable, so no optimiser drops them.
std::vector<void*>* g_hoard = nullptr;
#endif

#if defined(MISBEHAVE_HANG) || defined(MISBEHAVE_ALLOCATE)
// An endless loop the compiler must keep (an empty one may be assumed to end).
[[noreturn]] void spin_forever() {
    for (;;) {
        asm volatile("" ::: "memory");
    }
}
#endif

int32_t plugin_init(const crosscheck_config*, void** state, char*, size_t) {
    *state = nullptr;
    return CROSSCHECK_OK;
}

int32_t plugin_check(void*, const crosscheck_claim_group* group, const crosscheck_host* host, char*,
                     size_t) {
#if defined(MISBEHAVE_SEGFAULT)
    void* page = ::mmap(nullptr, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    *static_cast<volatile int*>(page) = 1;
#elif defined(MISBEHAVE_ABORT)
    std::abort();
#elif defined(MISBEHAVE_HANG)
    spin_forever();
#elif defined(MISBEHAVE_ALLOCATE)
    if (g_hoard == nullptr) {
        g_hoard = new std::vector<void*>;
    }
    // Mapped with MAP_POPULATE: resident at once, as memory a plugin fills
    // would be, without a page fault per page (slow in some sandboxes).
    constexpr std::size_t k_chunk = std::size_t{16} << 20;
    while (g_hoard->size() * k_chunk < (std::size_t{8} << 30)) {
        void* chunk = ::mmap(nullptr, k_chunk, PROT_READ | PROT_WRITE,
                             MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
        if (chunk == MAP_FAILED) {
            break;
        }
        g_hoard->push_back(chunk);
    }
    spin_forever();
#elif defined(MISBEHAVE_THROW)
    throw NotAnException{42};
#endif
#if defined(MISBEHAVE_STDOUT)
    static const char k_fake_frame[] = "\xff\xff\xff\x7fnot a frame";
    (void)!::write(1, k_fake_frame, sizeof k_fake_frame - 1);
    std::printf("printf to stdout from a plugin\n");
    std::fflush(stdout);
    std::cout << "std::cout from a plugin" << std::endl;
#endif
    if (group->claim_count == 0) {
        return CROSSCHECK_OK;
    }
    crosscheck_finding_claim involved{group->claims[0]->id, CROSSCHECK_ROLE_REFERENCE};
    crosscheck_finding finding{};
    finding.struct_size = sizeof finding;
    finding.checker = {"", 0};
    finding.severity = CROSSCHECK_SEVERITY_INFO;
    static const char k_message[] = "noted by a plugin that wrote to stdout";
    finding.message = {k_message, sizeof k_message - 1};
    finding.claims = &involved;
    finding.claim_count = 1;
    return host->emit_finding(host->context, &finding);
}

void plugin_destroy(void*) {}

const crosscheck_config_key* plugin_config_keys(size_t* count) {
    *count = 0;
    return nullptr;
}

const crosscheck_plugin k_table = {
    sizeof(crosscheck_plugin),
    {CROSSCHECK_API_VERSION_MAJOR, CROSSCHECK_API_VERSION_MINOR, CROSSCHECK_API_VERSION_PATCH},
    PLUGIN_NAME,
    "0.1.0",
    "Misbehaves in check (test plugin)",
    &plugin_init,
    &plugin_check,
    &plugin_destroy,
    &plugin_config_keys,
};

} // namespace

extern "C" CROSSCHECK_PLUGIN_VISIBLE const crosscheck_plugin* crosscheck_plugin_v1(void) {
    return &k_table;
}
