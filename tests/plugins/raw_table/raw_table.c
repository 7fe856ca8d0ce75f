/* A plugin written against the C header alone, in C99: proof that the ABI
 * is plain C. Compiled several times with different definitions to make the
 * bad plugins whose table is wrong (see tests/plugins/CMakeLists.txt):
 *   REQUIRED_MAJOR / REQUIRED_MINOR   the API version it claims to need
 *   PLUGIN_NAME                       its name (a string literal, or NULL)
 *   CHECK_FAILS                       check returns CROSSCHECK_ERROR_INPUT
 *   BAD_FINDING                       check emits a finding naming claim 999
 *   CRASH_ON_LOAD                     a library constructor raises SIGSEGV: the
 *                                     process that loads it dies before any
 *                                     entry function is called */
#include <crosscheck/crosscheck_plugin.h>

#include <stdio.h>
#include <string.h>

#ifdef CRASH_ON_LOAD
#include <signal.h>
__attribute__((constructor)) static void crash_on_load(void) {
    raise(SIGSEGV);
}
#endif

#ifndef REQUIRED_MAJOR
#define REQUIRED_MAJOR CROSSCHECK_API_VERSION_MAJOR
#endif
#ifndef REQUIRED_MINOR
#define REQUIRED_MINOR CROSSCHECK_API_VERSION_MINOR
#endif
#ifndef PLUGIN_NAME
#define PLUGIN_NAME "c_minimal"
#endif

static int32_t plugin_init(const crosscheck_config* config, void** state, char* error,
                           size_t capacity) {
    if (config != NULL && config->entry_count > 0) {
        snprintf(error, capacity, "config key '%s': unknown key", config->entries[0].key.data);
        return CROSSCHECK_ERROR_CONFIG;
    }
    *state = NULL;
    return CROSSCHECK_OK;
}

static int32_t plugin_check(void* state, const crosscheck_claim_group* group,
                            const crosscheck_host* host, char* error, size_t capacity) {
    (void)state;
#ifdef CHECK_FAILS
    (void)host;
    snprintf(error, capacity, "cannot compare %u claims about '%s'", (unsigned)group->claim_count,
             group->metric.data);
    return CROSSCHECK_ERROR_INPUT;
#else
    if (group->claim_count == 0) {
        return CROSSCHECK_OK;
    }
    crosscheck_finding_claim involved;
#ifdef BAD_FINDING
    involved.claim_id = 999;
#else
    involved.claim_id = group->claims[0]->id;
#endif
    involved.role = CROSSCHECK_ROLE_REFERENCE;
    crosscheck_finding finding;
    memset(&finding, 0, sizeof finding);
    finding.struct_size = sizeof finding;
    finding.checker.data = "";
    finding.severity = CROSSCHECK_SEVERITY_INFO;
    finding.message.data = "first claim noted";
    finding.message.size = strlen(finding.message.data);
    finding.claims = &involved;
    finding.claim_count = 1;
    host->log(host->context, CROSSCHECK_LOG_INFO, "hello from C", 12);
    if (host->emit_finding(host->context, &finding) != CROSSCHECK_OK) {
        snprintf(error, capacity, "the host refused my finding");
        return CROSSCHECK_ERROR_INTERNAL;
    }
    return CROSSCHECK_OK;
#endif
}

static void plugin_destroy(void* state) {
    (void)state;
}

static const crosscheck_config_key* plugin_config_keys(size_t* count) {
    *count = 0;
    return NULL;
}

static const crosscheck_plugin k_table = {
    sizeof(crosscheck_plugin),
    {REQUIRED_MAJOR, REQUIRED_MINOR, 0},
    PLUGIN_NAME,
    "0.1.0",
    "Notes the first claim of every group (C test plugin)",
    plugin_init,
    plugin_check,
    plugin_destroy,
    plugin_config_keys,
};

CROSSCHECK_PLUGIN_VISIBLE const crosscheck_plugin* crosscheck_plugin_v1(void) {
    return &k_table;
}
