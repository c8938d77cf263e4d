/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-safe-file"

#include "bk-config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bk-safe-file.h"

struct _BkSafeFile
{
  char *path;
  char *temp_path;
  int   fd;
  int   slot;
};

/* Temporary files a signal must not leave behind. The handler only reads
 * these fixed buffers and calls unlink(), both safe in a signal handler. */
#define MAX_PENDING 8
static char pending[MAX_PENDING][4096];
static volatile sig_atomic_t pending_used[MAX_PENDING];
static struct sigaction previous_term, previous_int, previous_hup;
static gboolean handlers_installed;

/* Whoever handled the signal before (GLib's main loop, in the window)
 * still gets it; without one, the default action ends the process. */
static void
chain (int                     signum,
       siginfo_t              *info,
       void                   *context,
       const struct sigaction *previous)
{
  if (previous->sa_flags & SA_SIGINFO)
    {
      previous->sa_sigaction (signum, info, context);
      return;
    }
  if (previous->sa_handler == SIG_IGN)
    return;
  if (previous->sa_handler != SIG_DFL)
    {
      previous->sa_handler (signum);
      return;
    }
  signal (signum, SIG_DFL);
  raise (signum);
}

static void
cleanup_on_signal (int        signum,
                   siginfo_t *info,
                   void      *context)
{
  for (int i = 0; i < MAX_PENDING; i++)
    if (pending_used[i])
      unlink (pending[i]);

  switch (signum)
    {
    case SIGTERM: chain (signum, info, context, &previous_term); break;
    case SIGINT: chain (signum, info, context, &previous_int); break;
    default: chain (signum, info, context, &previous_hup); break;
    }
}

static void
install_handlers (void)
{
  struct sigaction action = { 0 };

  if (handlers_installed)
    return;
  handlers_installed = TRUE;
  action.sa_sigaction = cleanup_on_signal;
  action.sa_flags = SA_SIGINFO | SA_RESTART;
  sigemptyset (&action.sa_mask);
  sigaction (SIGTERM, &action, &previous_term);
  sigaction (SIGINT, &action, &previous_int);
  sigaction (SIGHUP, &action, &previous_hup);
}

static int
register_pending (const char *temp_path)
{
  if (strlen (temp_path) >= sizeof pending[0])
    return -1;
  install_handlers ();
  for (int i = 0; i < MAX_PENDING; i++)
    if (!pending_used[i])
      {
        strcpy (pending[i], temp_path);
        pending_used[i] = 1;
        return i;
      }
  return -1;
}

static void
unregister_pending (int slot)
{
  if (slot >= 0)
    pending_used[slot] = 0;
}

/**
 * bk_safe_file_check_target:
 *
 * A path may be written if nothing is there or a regular file is: never a
 * symbolic link (its target would be written), a FIFO, a device or a folder.
 */
gboolean
bk_safe_file_check_target (const char  *path,
                           GError     **error)
{
  struct stat st;

  if (lstat (path, &st) != 0)
    {
      int saved = errno;

      if (saved == ENOENT)
        return TRUE;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not write %s: %s"), path, g_strerror (saved));
      return FALSE;
    }
  if (S_ISREG (st.st_mode))
    return TRUE;

  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST,
               S_ISLNK (st.st_mode) ? _("Did not write %s: it is a symbolic link; choose another name")
               : S_ISDIR (st.st_mode) ? _("Did not write %s: it is a folder; choose a file name")
               : _("Did not write %s: it is not a regular file (a pipe, socket or device); "
                   "choose another name"),
               path);
  return FALSE;
}

BkSafeFile *
bk_safe_file_new (const char  *path,
                  GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *template = NULL;
  BkSafeFile *self;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  if (!bk_safe_file_check_target (path, error))
    return NULL;

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  template = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  /* O_EXCL under the hood: never an existing file or a planted link. */
  fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not write %s: %s"), path, g_strerror (saved));
      return NULL;
    }
  /* The mode given to mkstemp is cut by the umask only towards privacy,
   * but say it outright. */
  fchmod (fd, 0600);

  self = g_new0 (BkSafeFile, 1);
  self->path = g_strdup (path);
  self->temp_path = g_steal_pointer (&template);
  self->fd = fd;
  self->slot = register_pending (self->temp_path);
  return self;
}

int
bk_safe_file_get_fd (BkSafeFile *self)
{
  g_return_val_if_fail (self != NULL, -1);
  return self->fd;
}

const char *
bk_safe_file_get_temp_path (BkSafeFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->temp_path;
}

static gboolean
set_write_error (BkSafeFile  *self,
                 int          saved,
                 GError     **error)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
               saved == ENOSPC || saved == EFBIG || saved == EDQUOT
               ? _("Could not write %s: the disk is full (%s); nothing was changed")
               : _("Could not write %s: %s; nothing was changed"),
               self->path, g_strerror (saved));
  return FALSE;
}

gboolean
bk_safe_file_write (BkSafeFile  *self,
                    const void  *data,
                    gsize        length,
                    GError     **error)
{
  const char *p = data;

  g_return_val_if_fail (self != NULL, FALSE);

  while (length > 0)
    {
      ssize_t n = write (self->fd, p, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return set_write_error (self, errno, error);
      p += n;
      length -= (gsize) n;
    }
  return TRUE;
}

/**
 * bk_safe_file_commit:
 *
 * Puts the finished file in place: on disk first, then renamed over the
 * target, so a crash leaves the old file or the new one, never half.
 */
gboolean
bk_safe_file_commit (BkSafeFile  *self,
                     GError     **error)
{
  g_autofree char *dir = NULL;
  int dir_fd;

  g_return_val_if_fail (self != NULL, FALSE);

  if (fsync (self->fd) != 0)
    return set_write_error (self, errno, error);
  /* The target may have changed while the file was being written. */
  if (!bk_safe_file_check_target (self->path, error))
    return FALSE;
  if (rename (self->temp_path, self->path) != 0)
    return set_write_error (self, errno, error);

  unregister_pending (self->slot);
  self->slot = -1;
  g_clear_pointer (&self->temp_path, g_free);

  dir = g_path_get_dirname (self->path);
  dir_fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0)
    {
      fsync (dir_fd);
      close (dir_fd);
    }
  return TRUE;
}

/* Freeing an uncommitted file removes the temporary one. */
void
bk_safe_file_free (BkSafeFile *self)
{
  if (self == NULL)
    return;
  if (self->fd >= 0)
    close (self->fd);
  if (self->temp_path != NULL)
    g_unlink (self->temp_path);
  unregister_pending (self->slot);
  g_free (self->temp_path);
  g_free (self->path);
  g_free (self);
}

gboolean
bk_safe_file_set_contents (const char  *path,
                           const char  *data,
                           gsize        length,
                           GError     **error)
{
  g_autoptr(BkSafeFile) file = bk_safe_file_new (path, error);

  return file != NULL &&
         bk_safe_file_write (file, data, length, error) &&
         bk_safe_file_commit (file, error);
}
