using System.Diagnostics.CodeAnalysis;

namespace EvDashboard.Core.Ocpp.Framing;

/// <summary>
/// The outcome of <see cref="OcppFrameParser.Parse"/>: either a <see cref="Frame"/> or the CALLERROR the caller
/// should answer with (<see cref="Code"/>, <see cref="Description"/>, and the <see cref="MessageId"/> when one could
/// be read). A value, not an exception, so one bad frame never tears down a charger's connection.
/// </summary>
public readonly record struct OcppParseResult
{
    private readonly string? _description;

    private OcppParseResult(OcppFrame? frame, OcppErrorCode code, string? description, string? messageId)
    {
        Frame = frame;
        Code = code;
        _description = description;
        MessageId = messageId;
    }

    /// <summary>The parsed frame; <see langword="null"/> when parsing failed.</summary>
    public OcppFrame? Frame { get; }

    /// <summary>The error code to answer with; meaningful only when <see cref="IsSuccess"/> is false.</summary>
    public OcppErrorCode Code { get; }

    /// <summary>Why parsing failed, as a short English sentence; empty on success.</summary>
    public string Description => _description ?? string.Empty;

    /// <summary>
    /// The frame's message id; on failure the id as far as it could be read as a string (even an over-long one),
    /// otherwise <see langword="null"/> and the caller answers with <see cref="OcppFrameWriter.UnknownMessageId"/>.
    /// </summary>
    public string? MessageId { get; }

    [MemberNotNullWhen(true, nameof(Frame))]
    public bool IsSuccess => Frame is not null;

    public static OcppParseResult Success(OcppFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return new OcppParseResult(frame, default, null, frame.MessageId);
    }

    public static OcppParseResult Failure(OcppErrorCode code, string description, string? messageId = null) =>
        new(null, code, description, messageId);
}
