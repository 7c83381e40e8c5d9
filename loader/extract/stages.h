// Factories of the pipeline's stages, in the order they run. Each stage lives
// in its own file (document.cpp, localities.cpp, meeting.cpp, officials.cpp,
// indicators.cpp, targets.cpp) and reads its lexicons from data_dir().
#pragma once

#include <memory>

#include "extract/stage.h"

namespace baocao::extract {

std::unique_ptr<Stage> make_document_stage();    // title, date header, byline, site
std::unique_ptr<Stage> make_locality_stage();    // places -> gazetteer, context province
std::unique_ptr<Stage> make_meeting_stage();     // is it a meeting report; date, body, kind, period, chair
std::unique_ptr<Stage> make_officials_stage();   // named people with positions and roles
std::unique_ptr<Stage> make_indicator_stage();   // reported figures with comparisons
std::unique_ptr<Stage> make_target_stage();      // figures set for a future period

}  // namespace baocao::extract
