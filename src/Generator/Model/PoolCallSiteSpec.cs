using Multiprocessing.Generator.Support;

namespace Multiprocessing.Generator.Model
{
    /// <summary>
    /// One call such as <c>pool.Map(Worker.Square, items)</c> or <c>PoolInitializer.Create(Worker.Setup, 5)</c> whose
    /// target is a valid entry, with what its interceptor needs. Strings, numbers, an enum and equatable arrays only,
    /// so that an edit elsewhere leaves the spec equal and the interceptors cached.
    /// </summary>
    /// <param name="Location">Where the call is.</param>
    /// <param name="Kind">How the method passes the entry's arguments.</param>
    /// <param name="MethodName">The intercepted runtime method's name (<c>Map</c>, <c>ApplyAsync</c>, ...).</param>
    /// <param name="ReturnTypeName">Its closed return type, <c>global::</c>-qualified.</param>
    /// <param name="ParameterTypeNames">Its closed parameter types, the target delegate first.</param>
    /// <param name="ParameterNames">Its parameter names, the target first: the interceptor forwards the rest by name.</param>
    /// <param name="ResultTypeName">The entry's result (the <c>T</c> of a <c>Task&lt;T&gt;</c>), or empty when it returns nothing.</param>
    /// <param name="ItemTypeName">For <see cref="PoolCallKind.Map"/> and <see cref="PoolCallKind.Starmap"/>, the item type; otherwise empty.</param>
    /// <param name="EntryParameterTypeNames">The entry's own parameter types: what the worker reads.</param>
    /// <param name="EntryId">The target entry's id.</param>
    /// <param name="EntryAssemblyName">The assembly whose dispatch table holds the entry.</param>
    /// <param name="EntryDisplayName">The entry as people read it.</param>
    internal sealed record PoolCallSiteSpec(
        CallLocation Location,
        PoolCallKind Kind,
        string MethodName,
        string ReturnTypeName,
        EquatableArray<string> ParameterTypeNames,
        EquatableArray<string> ParameterNames,
        string ResultTypeName,
        string ItemTypeName,
        EquatableArray<string> EntryParameterTypeNames,
        ulong EntryId,
        string EntryAssemblyName,
        string EntryDisplayName);

    /// <summary>An interceptable call's position: the opaque <c>InterceptableLocation</c> and where people find it.</summary>
    /// <param name="Version">The <c>InterceptableLocation</c> version.</param>
    /// <param name="Data">The <c>InterceptableLocation</c> data: an opaque, checksummed position.</param>
    /// <param name="FilePath">The call's file, for ordering.</param>
    /// <param name="Line">The call's line (1-based), for ordering.</param>
    /// <param name="Column">The call's column (1-based), for ordering.</param>
    /// <param name="Display">The file name, line and column people read, as a comment: <c>Program.cs(12,17)</c>.</param>
    internal sealed record CallLocation(int Version, string Data, string FilePath, int Line, int Column, string Display);
}
