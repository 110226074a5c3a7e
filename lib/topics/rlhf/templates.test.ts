import { RLHF_TEMPLATES } from "./templates";
import { checkTopicBank } from "@/lib/topics/topic-bank-checks";

checkTopicBank(RLHF_TEMPLATES, "rlhf", "rlhf", { distinctMisconceptions: true });
