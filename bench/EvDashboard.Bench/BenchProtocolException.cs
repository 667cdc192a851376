namespace EvDashboard.Bench;

/// <summary>The server answered something a charge point cannot continue from (malformed frame, rejection).</summary>
internal sealed class BenchProtocolException : Exception
{
    public BenchProtocolException()
    {
    }

    public BenchProtocolException(string message)
        : base(message)
    {
    }

    public BenchProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
