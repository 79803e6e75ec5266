; Switchboard installer for Windows (NSIS 3). Per-user: no administrator rights, installs to
; %LOCALAPPDATA%\Programs\Switchboard, Start-menu shortcut, uninstaller registered under HKCU.
;
; Built by packaging/windows/build_windows.ps1 after PyInstaller:
;   makensis /DVERSION=0.1.0 /DBUNDLE_DIR=..\..\dist\switchboard /DOUTFILE=..\..\dist\Switchboard-0.1.0-setup.exe switchboard.nsi
; (Compiles on Linux too, with Debian's nsis package: `makensis -DVERSION=... switchboard.nsi`.)

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "..\..\dist\switchboard"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\Switchboard-${VERSION}-setup.exe"
!endif
!ifndef ICON
  !define ICON "..\..\icons\switchboard.ico"
!endif

!define APP_NAME "Switchboard"
!define APP_ID "io.github.switchboard.Switchboard"
!define EXE_NAME "switchboard.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_NAME}"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"

; VIProductVersion needs exactly four numbers: take the numeric core of any version string
; ("1.3" -> 1.3.0.0, "1.3.0rc1" and "1.3.0-beta.2" -> 1.3.0.0, "0.1.0+local" -> 0.1.0.0).
; !define /math reads a field's leading digits ("0rc1" -> 0, "" -> 0).
!searchparse /noerrors "${VERSION}-" "" _VI_CORE "-"
!searchparse /noerrors "${_VI_CORE}+" "" _VI_PLAIN "+"
!searchparse /noerrors "${_VI_PLAIN}.0.0.0.0" "" _VI_1 "." _VI_2 "." _VI_3 "." _VI_4 "."
!define /math _VI_N1 "${_VI_1}" + 0
!define /math _VI_N2 "${_VI_2}" + 0
!define /math _VI_N3 "${_VI_3}" + 0
!define /math _VI_N4 "${_VI_4}" + 0
!define VI_VERSION "${_VI_N1}.${_VI_N2}.${_VI_N3}.${_VI_N4}"
VIProductVersion "${VI_VERSION}"
VIFileVersion "${VI_VERSION}"
VIAddVersionKey "ProductName" "${APP_NAME}"
VIAddVersionKey "FileDescription" "${APP_NAME} installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "MIT licence"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "StrFunc.nsh"
${StrStr}
${UnStrStr}

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE_NAME}"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${APP_NAME}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

; Replacing or removing the files of a running Switchboard fails halfway (Windows locks them):
; ask the person to close it first. tasklist (part of Windows) lists this user's processes
; of that name; if it cannot run, nothing is blocked. Silent runs (/S) stop with exit code 2.
!define RUNNING_INSTALL "Switchboard is open. Please close it, then choose Retry to continue installing, or Cancel to stop."
!define RUNNING_UNINSTALL "Switchboard is open. Please close it, then choose Retry to remove it, or Cancel to keep it."
!macro CHECK_NOT_RUNNING PREFIX MESSAGE
  Function ${PREFIX}CheckNotRunning
    retry:
      ReadEnvStr $R1 USERNAME
      nsExec::ExecToStack '"$SYSDIR\tasklist.exe" /NH /FI "IMAGENAME eq ${EXE_NAME}" /FI "USERNAME eq $R1"'
      Pop $R0 ; exit code
      Pop $R2 ; output
      StrCmp $R0 "0" 0 done
      !if "${PREFIX}" == "un."
        ${UnStrStr} $R3 $R2 "${EXE_NAME}"
      !else
        ${StrStr} $R3 $R2 "${EXE_NAME}"
      !endif
      StrCmp $R3 "" done
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "${MESSAGE}" /SD IDCANCEL IDRETRY retry
      SetErrorLevel 2
      Quit
    done:
  FunctionEnd
!macroend
!insertmacro CHECK_NOT_RUNNING "" "${RUNNING_INSTALL}"
!insertmacro CHECK_NOT_RUNNING "un." "${RUNNING_UNINSTALL}"

Function .onInit
  SetShellVarContext current
  Call CheckNotRunning
FunctionEnd

Function un.onInit
  SetShellVarContext current
  Call un.CheckNotRunning
FunctionEnd

Section "Switchboard" SecMain
  SectionIn RO
  ; An update replaces the whole bundle: no stale files from the previous version.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${EXE_NAME}" "" "$INSTDIR\${EXE_NAME}" 0
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "The Switchboard developers"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE_NAME},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  ; Only the program: conversations, settings and the key (Credential Manager) stay.
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE_NAME}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
