namespace Multiprocessing.Wire;

internal enum OutcomeKind : byte
{
    /// <summary>The entry returned; <see cref="ChildOutcome.Result"/> holds its value, if it has one.</summary>
    Returned,

    /// <summary>The entry threw; the exception fields describe it.</summary>
    Threw,

    /// <summary>The child could not run the entry at all (unknown entry, unreadable arguments).</summary>
    DispatchFailed,
}

/// <summary>The last message a child sends its parent before it exits.</summary>
internal sealed class ChildOutcome
{
    public required OutcomeKind Kind { get; init; }
    public byte[]? Result { get; init; }
    public string? ExceptionType { get; init; }
    public string? Message { get; init; }
    public string? StackTrace { get; init; }
    public string? Details { get; init; }
}
