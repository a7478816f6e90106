namespace Multiprocessing.Wire;

/// <summary>The first and only message a parent sends a child: what to run and who the child is.</summary>
internal sealed class StartRequest
{
    public required string AssemblyName { get; init; }
    public required ulong EntryId { get; init; }
    public required string EntryName { get; init; }
    public required byte[] Arguments { get; init; }
    public required string ProcessName { get; init; }
    public required int[] Identity { get; init; }
    public required bool Daemon { get; init; }
    public required int ParentPid { get; init; }
    public required string ParentName { get; init; }
    public required byte[] AuthKey { get; init; }

    /// <summary>How many handles the arguments carry; the child finds them from <see cref="Hosting.InheritedHandles.FirstSlotDescriptor"/> on.</summary>
    public required int HandleCount { get; init; }
}
