using System.ComponentModel;

namespace Multiprocessing.Hosting;

/// <summary>
/// A generated stub that reads an entry's arguments from <paramref name="invocation"/>, calls the entry and hands
/// its result back to <paramref name="invocation"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ValueTask ProcessEntryStub(EntryInvocation invocation);
