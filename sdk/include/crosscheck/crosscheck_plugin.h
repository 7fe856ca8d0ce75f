/*
 * crosscheck_plugin.h: the C ABI between the crosscheck host and a checker
 * plugin. Pure C (C99), usable from C and C++.
 *
 * A plugin is a shared library that exports ONE symbol,
 * `crosscheck_plugin_v1`, a function taking no argument and returning a
 * pointer to a `crosscheck_plugin` table that lives as long as the library.
 * The host:
 *   1. opens the library with immediate binding (RTLD_NOW | RTLD_LOCAL), so
 *      an unresolved symbol is a load error, not a crash at the first call;
 *   2. looks up `crosscheck_plugin_v1` and calls it;
 *   3. checks the table before running anything of the plugin: `struct_size`
 *      covers every member the host reads, `name`/`version`/`description` are
 *      non-empty, `init`/`check`/`destroy` are non-null, and
 *      `required_api.major == CROSSCHECK_API_VERSION_MAJOR` and
 *      `required_api.minor <= CROSSCHECK_API_VERSION_MINOR`;
 *   4. calls `init` once per configuration, `check` once per claim group,
 *      `destroy` once per state; the library is never unloaded while any state
 *      it created is alive.
 *
 * Stability rules (what "API version" promises):
 *   - Every struct that carries `struct_size` is only ever APPENDED to. A
 *     reader checks `struct_size` before touching a member added after 1.0.
 *     Claims are passed as an array of POINTERS so that a newer host's larger
 *     `crosscheck_claim` never shifts an older plugin's indexing.
 *   - A new member or a new function pointer bumps the minor version; a
 *     removal or a change of meaning bumps the major (and the entry symbol's
 *     suffix: `crosscheck_plugin_v2`).
 *   - No exception, longjmp or C++ object crosses this boundary. Strings are
 *     UTF-8, passed as `crosscheck_string` (pointer + size, and ALWAYS also
 *     NUL-terminated, never a null pointer: an absent string is "" with size 0).
 *   - Everything the host passes in is owned by the host and valid only for
 *     the duration of the call; a plugin copies what it keeps.
 *
 * Most authors never touch this file directly: the C++ layer
 * (`crosscheck/checker.hpp`) builds the table from a class. See
 * sdk/README.md.
 */
#ifndef CROSSCHECK_PLUGIN_H
#define CROSSCHECK_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Version of the host API this header describes (semver). */
#define CROSSCHECK_API_VERSION_MAJOR 1
#define CROSSCHECK_API_VERSION_MINOR 1
#define CROSSCHECK_API_VERSION_PATCH 0

/** The one symbol a plugin exports: `const crosscheck_plugin* crosscheck_plugin_v1(void)`. */
#define CROSSCHECK_PLUGIN_ENTRY_SYMBOL "crosscheck_plugin_v1"

/** Exports a symbol with default visibility from a plugin built with hidden
 *  visibility (`crosscheck_add_plugin` builds with -fvisibility=hidden). */
#if defined(_WIN32)
#define CROSSCHECK_PLUGIN_VISIBLE __declspec(dllexport)
#else
#define CROSSCHECK_PLUGIN_VISIBLE __attribute__((visibility("default")))
#endif

/** Status of a plugin call. Every non-OK status comes with a message in the
 *  caller's error buffer. Values are fixed forever; new ones may be added. */
typedef enum crosscheck_status {
    CROSSCHECK_OK = 0,
    /** The configuration is invalid: unknown key, wrong type, bad value. */
    CROSSCHECK_ERROR_CONFIG = 1,
    /** The claim group is something the plugin cannot check. */
    CROSSCHECK_ERROR_INPUT = 2,
    /** A bug or an exception inside the plugin. */
    CROSSCHECK_ERROR_INTERNAL = 3,
    /** A host callback refused a request (e.g. a finding naming an unknown claim). */
    CROSSCHECK_ERROR_HOST = 4
} crosscheck_status;

/** Severity of a finding; the report prints "high", "medium", "low", "info". */
typedef enum crosscheck_severity {
    CROSSCHECK_SEVERITY_HIGH = 0,
    CROSSCHECK_SEVERITY_MEDIUM = 1,
    CROSSCHECK_SEVERITY_LOW = 2,
    CROSSCHECK_SEVERITY_INFO = 3
} crosscheck_severity;

/** Role of a claim in a finding: "questioned" is put in doubt, "reference" is
 *  only what it is compared against. */
typedef enum crosscheck_claim_role {
    CROSSCHECK_ROLE_QUESTIONED = 0,
    CROSSCHECK_ROLE_REFERENCE = 1
} crosscheck_claim_role;

/** Level of a log message sent through `crosscheck_host.log`. */
typedef enum crosscheck_log_level {
    CROSSCHECK_LOG_TRACE = 0,
    CROSSCHECK_LOG_DEBUG = 1,
    CROSSCHECK_LOG_INFO = 2,
    CROSSCHECK_LOG_WARN = 3,
    CROSSCHECK_LOG_ERROR = 4
} crosscheck_log_level;

/** Type of a configuration value, and of a declared configuration key. */
typedef enum crosscheck_value_type {
    CROSSCHECK_VALUE_BOOL = 0,
    CROSSCHECK_VALUE_INTEGER = 1,
    CROSSCHECK_VALUE_NUMBER =
        2, /**< floating point; an integer is accepted where a number is asked */
    CROSSCHECK_VALUE_STRING = 3,
    CROSSCHECK_VALUE_ARRAY = 4
} crosscheck_value_type;

/** A semantic version. */
typedef struct crosscheck_version {
    uint32_t major;
    uint32_t minor;
    uint32_t patch;
} crosscheck_version;

/** A UTF-8 string: `data[size] == '\0'` always holds and `data` is never NULL. */
typedef struct crosscheck_string {
    const char* data;
    size_t size;
} crosscheck_string;

/** A point in time. `has_value == 0` means unknown (then both fields are 0/""). */
typedef struct crosscheck_time {
    int32_t has_value;
    int64_t epoch_seconds; /**< seconds since 1970-01-01T00:00:00Z */
    crosscheck_string iso; /**< the same instant, "2023-09-24T12:40:00Z" */
} crosscheck_time;

/** What a figure is about; unlike scopes are never compared. "" = not detected. */
typedef struct crosscheck_scope {
    crosscheck_string subject; /**< e.g. "armenian_side", "civilians" */
    crosscheck_string event;   /**< e.g. "offensive_2023", "depot_explosion" */
    crosscheck_string period;  /**< e.g. "2023", "1988-1994" */
} crosscheck_scope;

/** The source a claim comes from. */
typedef struct crosscheck_source {
    int64_t id;
    crosscheck_string url;
    crosscheck_string outlet; /**< "Stepanakert Observer" */
    crosscheck_time published;
} crosscheck_source;

/** One figure a source states about one thing (DESIGN.md, "The claim"). */
typedef struct crosscheck_claim {
    uint32_t struct_size;        /**< sizeof(crosscheck_claim) of the host */
    int64_t id;                  /**< stable id; findings refer to claims by it */
    crosscheck_string metric;    /**< "deaths", "refugees", ... */
    double value;                /**< as stated, in the metric's canonical unit */
    int32_t has_low;             /**< 0: unbounded below */
    double low;                  /**< lower end of the interval the figure stands for */
    int32_t has_high;            /**< 0: unbounded above */
    double high;                 /**< upper end */
    crosscheck_string unit;      /**< canonical unit: "people", "t" */
    crosscheck_string qualifier; /**< "more_than", "approximately", "" for an exact figure */
    crosscheck_string text;      /**< the figure as written: "more than 2,900" */
    crosscheck_scope scope;
    crosscheck_string attribution; /**< who says so: "Armenian government" */
    crosscheck_time as_of;         /**< when the figure was true */
    crosscheck_source source;
    crosscheck_string quote; /**< the sentence quoted */
    uint64_t span_start;     /**< byte offsets of `text` in the source */
    uint64_t span_end;
    /* API 1.1: read only when `struct_size` covers it. */
    int32_t as_of_stated; /**< 1: the source states when the figure held; 0: `as_of` is the
                               publication time standing in */
} crosscheck_claim;

/** Claims about the same metric and scope, which a checker compares. */
typedef struct crosscheck_claim_group {
    uint32_t struct_size;
    crosscheck_string metric;
    crosscheck_string scope_key;           /**< canonical "subject|event|period" */
    const crosscheck_claim* const* claims; /**< `claim_count` pointers, never NULL */
    size_t claim_count;
} crosscheck_claim_group;

/** A claim a finding involves, by id, with its role. */
typedef struct crosscheck_finding_claim {
    int64_t claim_id;
    int32_t role; /**< a crosscheck_claim_role */
} crosscheck_finding_claim;

/** A discrepancy a checker reports through `crosscheck_host.emit_finding`. */
typedef struct crosscheck_finding {
    uint32_t struct_size;      /**< sizeof(crosscheck_finding) of the plugin */
    crosscheck_string checker; /**< "" means the plugin's name */
    int32_t severity;          /**< a crosscheck_severity */
    crosscheck_string message; /**< one line a fact-checker understands */
    const crosscheck_finding_claim* claims;
    size_t claim_count; /**< at least 1; every id must be in the group */
} crosscheck_finding;

/** What the host offers a plugin during `check`. */
typedef struct crosscheck_host {
    uint32_t struct_size;
    crosscheck_version api_version; /**< the host's own API version */
    void* context;                  /**< pass back to the callbacks */
    /** Records a finding; the host copies it before returning. Returns
     *  CROSSCHECK_ERROR_HOST when the finding is invalid (unknown claim id, bad
     *  severity or role, no claim), in which case it is dropped. */
    int32_t (*emit_finding)(void* context, const crosscheck_finding* finding);
    /** Logs `message` (not NUL-terminated necessarily: `size` bytes) under the
     *  plugin's name at `level` (a crosscheck_log_level). */
    void (*log)(void* context, int32_t level, const char* message, size_t size);
} crosscheck_host;

/** One configuration value (TOML scalar or array). */
typedef struct crosscheck_config_value {
    int32_t type;                                /**< a crosscheck_value_type */
    int32_t boolean;                             /**< for BOOL */
    int64_t integer;                             /**< for INTEGER */
    double number;                               /**< for NUMBER, and also set for INTEGER */
    crosscheck_string string;                    /**< for STRING */
    const struct crosscheck_config_value* items; /**< for ARRAY */
    size_t item_count;
} crosscheck_config_value;

/** One key of the plugin's configuration section. Nested TOML tables are
 *  flattened into dotted keys: `[checkers.x.tolerance] relative = 0.1` gives
 *  the key "tolerance.relative". */
typedef struct crosscheck_config_entry {
    crosscheck_string key;
    crosscheck_string origin; /**< "rules/checkers.toml:14:7", or "" */
    crosscheck_config_value value;
} crosscheck_config_entry;

/** The plugin's configuration, handed to `init`. The host has already parsed
 *  the TOML (so plugins need no TOML parser) and flattened it to typed entries. */
typedef struct crosscheck_config {
    uint32_t struct_size;
    const crosscheck_config_entry* entries;
    size_t entry_count;
} crosscheck_config;

/** A configuration key the plugin understands, for `crosscheck plugins info`. */
typedef struct crosscheck_config_key {
    const char* name;          /**< "tolerance.relative" */
    int32_t type;              /**< a crosscheck_value_type */
    const char* description;   /**< one line */
    const char* default_value; /**< as TOML text, "" when required/none */
} crosscheck_config_key;

/** The table a plugin exports. Members are only ever appended. */
typedef struct crosscheck_plugin {
    /** sizeof(crosscheck_plugin) as the plugin was compiled: tells the host
     *  which members exist. */
    uint32_t struct_size;
    /** The oldest host API the plugin works with. */
    crosscheck_version required_api;
    const char* name;        /**< [a-z0-9_]+, unique among loaded plugins */
    const char* version;     /**< the plugin's own version, "1.2.0" */
    const char* description; /**< one line */

    /** Validates `config` and creates the plugin's state in `*state` (may be
     *  NULL if it needs none). On failure returns non-OK and writes a
     *  NUL-terminated message of at most `error_capacity` bytes to `error`. */
    int32_t (*init)(const crosscheck_config* config, void** state, char* error,
                    size_t error_capacity);

    /** Checks one claim group, reporting findings through `host`. May be
     *  called many times on the same state, never concurrently on it. */
    int32_t (*check)(void* state, const crosscheck_claim_group* group, const crosscheck_host* host,
                     char* error, size_t error_capacity);

    /** Frees a state `init` created. Must not fail. */
    void (*destroy)(void* state);

    /** The configuration keys the plugin understands; writes their number to
     *  `*count`. The array lives as long as the library. May return NULL with
     *  `*count == 0`. */
    const crosscheck_config_key* (*config_keys)(size_t* count);
} crosscheck_plugin;

/** The type of the entry symbol. */
typedef const crosscheck_plugin* (*crosscheck_plugin_entry)(void);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* CROSSCHECK_PLUGIN_H */
