using System.ComponentModel;

namespace Multiprocessing.Hosting;

/// <summary>Names a <see cref="ProcessEntryAttribute">[ProcessEntry]</see> so that a child can find it. Used by generated code.</summary>
/// <param name="Id">A hash of the entry's fully qualified signature, stable between a parent and a child of the same build.</param>
/// <param name="AssemblyName">The simple name of the assembly whose generated table holds the entry.</param>
/// <param name="DisplayName">The entry as a person reads it, for messages and logs.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly record struct EntryReference(ulong Id, string AssemblyName, string DisplayName);
