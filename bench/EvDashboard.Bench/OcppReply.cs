namespace EvDashboard.Bench;

/// <summary>
/// The answer to one CALL: a CALLRESULT payload or a CALLERROR code. The memory points into the connection's
/// receive buffer and is only valid until the next call on that connection.
/// </summary>
internal readonly record struct OcppReply(bool IsError, ReadOnlyMemory<byte> Payload, ReadOnlyMemory<byte> ErrorCode);
