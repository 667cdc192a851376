namespace EvDashboard.Demo;

/// <summary>The simulated charge point's WebSocket closed, or the central system did not answer a CALL in time.</summary>
internal sealed class DemoLinkClosedException : Exception
{
    public DemoLinkClosedException()
    {
    }

    public DemoLinkClosedException(string message)
        : base(message)
    {
    }

    public DemoLinkClosedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
