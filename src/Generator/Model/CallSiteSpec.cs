using Multiprocessing.Generator.Support;

namespace Multiprocessing.Generator.Model
{
    /// <summary>
    /// One call such as <c>Process.Create(Worker.Square, 5)</c> whose target is a valid entry, with what an
    /// interceptor needs: where the call is, and the closed signature of the runtime method it calls.
    /// </summary>
    /// <param name="LocationVersion">The <c>InterceptableLocation</c> version.</param>
    /// <param name="LocationData">The <c>InterceptableLocation</c> data: an opaque, checksummed position.</param>
    /// <param name="FilePath">The call's file, for ordering.</param>
    /// <param name="Line">The call's line (1-based), for ordering.</param>
    /// <param name="Column">The call's column (1-based), for ordering.</param>
    /// <param name="DisplayLocation">The file name, line and column people read, as a comment: <c>Program.cs(12,17)</c>.</param>
    /// <param name="MethodName">The intercepted runtime method's name (<c>Create</c>).</param>
    /// <param name="ReturnTypeName">Its closed return type, <c>global::</c>-qualified.</param>
    /// <param name="ParameterTypeNames">Its closed parameter types, the target delegate first.</param>
    /// <param name="EntryParameterTypeNames">The entry's own parameter types (its token excluded): what the child reads.</param>
    /// <param name="EntryId">The target entry's id.</param>
    /// <param name="EntryAssemblyName">The assembly whose dispatch table holds the entry.</param>
    /// <param name="EntryDisplayName">The entry as people read it.</param>
    internal sealed record CallSiteSpec(
        int LocationVersion,
        string LocationData,
        string FilePath,
        int Line,
        int Column,
        string DisplayLocation,
        string MethodName,
        string ReturnTypeName,
        EquatableArray<string> ParameterTypeNames,
        EquatableArray<string> EntryParameterTypeNames,
        ulong EntryId,
        string EntryAssemblyName,
        string EntryDisplayName);
}
