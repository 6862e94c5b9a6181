import CProj

/// Owns one PROJ thread context (`PJ_CONTEXT`), and collects the error messages PROJ logs on it.
///
/// Created with [`proj_context_create`](https://proj.org/development/reference/functions.html#c.proj_context_create)
/// and freed with `proj_context_destroy` in `deinit`. Every `PJ` made on a context keeps a strong
/// reference to this object, so the context always outlives its handles.
///
/// Thread safety: a PROJ context is not thread safe. Use a context, and everything made on it,
/// from one thread at a time; give each thread its own.
final class ProjContext {
    /// The C handle; never null.
    let handle: OpaquePointer
    /// Error messages PROJ logged since the last ``clearMessages()`` (at most ``maxMessages``).
    private(set) var messages: [String] = []
    private static let maxMessages = 8

    /// Creates a context, optionally pointing it at a specific `proj.db`.
    ///
    /// Wraps `proj_context_create`, `proj_log_func`, `proj_log_level` and, with a path,
    /// `proj_context_set_database_path`; then checks `proj_context_get_database_path`.
    ///
    /// - Parameter databasePath: A `proj.db` to use instead of the one PROJ finds itself.
    /// - Throws: ``ProjectionError/Kind-swift.enum/contextCreationFailed`` or
    ///   ``ProjectionError/Kind-swift.enum/missingDatabase``.
    init(databasePath: String? = nil) throws {
        guard let ctx = proj_context_create() else {
            throw ProjectionError(.contextCreationFailed, definition: "", message: "proj_context_create returned NULL")
        }
        handle = ctx
        // From here on deinit runs on a throw and destroys the context.
        proj_log_level(ctx, PJ_LOG_ERROR)
        proj_log_func(ctx, Unmanaged.passUnretained(self).toOpaque()) { data, level, text in
            guard let data, let text, level <= PJ_LOG_ERROR.rawValue else { return }
            Unmanaged<ProjContext>.fromOpaque(data).takeUnretainedValue().log(String(cString: text))
        }
        if let databasePath {
            if proj_context_set_database_path(ctx, databasePath, nil, nil) == 0 {
                throw missingDatabase(databasePath)
            }
        }
    }

    deinit {
        proj_context_destroy(handle)
    }

    private func log(_ text: String) {
        if messages.count < Self.maxMessages { messages.append(text) }
    }

    /// Forgets earlier messages, before a call whose failure we may report. (PROJ 9.1 has no call
    /// to reset a context's error number without a `PJ`; ``lastMessage`` prefers the fresh log.)
    func clearMessages() {
        messages.removeAll(keepingCapacity: true)
    }

    /// PROJ's error number for the last failure on this context (`proj_context_errno`).
    var errno: Int { Int(proj_context_errno(handle)) }

    /// PROJ's text for the last failure: its logged messages, else `proj_context_errno_string`.
    var lastMessage: String {
        var parts = messages
        let code = proj_context_errno(handle)
        if code != 0, let s = proj_context_errno_string(handle, code) {
            let text = String(cString: s)
            // PROJ's generic "Unknown error (code N)" adds nothing to a logged message.
            if parts.isEmpty || !(text.hasPrefix("Unknown error") || parts.contains(where: { $0.contains(text) })) { parts.append(parts.isEmpty ? text : "(\(text))") }
        }
        return parts.joined(separator: "; ")
    }

    /// An error of `kind` about `definition`, with PROJ's current message and error number.
    func error(_ kind: ProjectionError.Kind, _ definition: String) -> ProjectionError {
        ProjectionError(kind, definition: definition, message: lastMessage, code: errno)
    }

    /// The path of the `proj.db` PROJ uses (`proj_context_get_database_path`), or `nil` if it has none.
    var databasePath: String? {
        proj_context_get_database_path(handle).map { String(cString: $0) }
    }

    /// A ``ProjectionError/Kind-swift.enum/missingDatabase`` error naming the search path.
    func missingDatabase(_ asked: String) -> ProjectionError {
        var text = lastMessage
        if text.isEmpty { text = "cannot open proj.db (is proj-data installed, or PROJ_DATA set?)" }
        return ProjectionError(.missingDatabase, definition: asked, message: text, code: errno)
    }

    /// Checks that a database is available, so a failure to find a CRS is not blamed on the code.
    ///
    /// - Parameter asked: The definition being looked up, for the error.
    /// - Throws: ``ProjectionError/Kind-swift.enum/missingDatabase``.
    func requireDatabase(for asked: String) throws {
        if databasePath == nil { throw missingDatabase(asked) }
    }
}
