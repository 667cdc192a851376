using System.Buffers;
using System.Buffers.Text;

namespace EvDashboard.Bench;

/// <summary>
/// A reusable UTF-8 buffer that one charge point writes its outgoing frames into. Constant parts come from
/// <c>u8</c> literals and the changing numbers are formatted in place, so a call allocates nothing.
/// </summary>
internal sealed class FrameBuffer(int capacity)
{
    private static readonly StandardFormat s_roundTrip = new('O');

    private byte[] _buffer = new byte[capacity];

    public int Length { get; private set; }

    public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, Length);

    public void Clear() => Length = 0;

    public void Append(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(Length));
        Length += bytes.Length;
    }

    public void Append(long value)
    {
        Reserve(20);
        if (!Utf8Formatter.TryFormat(value, _buffer.AsSpan(Length), out var written))
            throw new InvalidOperationException("Number does not fit the reserved space.");
        Length += written;
    }

    /// <summary>Writes a non-negative number of tenths as a decimal, e.g. 2301 as <c>230.1</c>.</summary>
    public void AppendTenths(long tenths)
    {
        Append(tenths / 10);
        Reserve(2);
        _buffer[Length++] = (byte)'.';
        _buffer[Length++] = (byte)('0' + (tenths % 10));
    }

    /// <summary>Writes an ISO 8601 UTC timestamp (round-trip format, ending in Z).</summary>
    public void AppendTimestamp(DateTime utc)
    {
        Reserve(33);
        if (!Utf8Formatter.TryFormat(utc, _buffer.AsSpan(Length), out var written, s_roundTrip))
            throw new InvalidOperationException("Timestamp does not fit the reserved space.");
        Length += written;
    }

    private void Reserve(int extra)
    {
        if (Length + extra > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + extra));
    }
}
